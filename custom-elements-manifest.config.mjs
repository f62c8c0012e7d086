// custom-elements.json, generated from the components' JSDoc and decorators by
// @custom-elements-manifest/analyzer (`npm run manifest`, part of `npm run build`).
// It is a build output (dist/, out of git); the README's API table is tested against it.

/** The analyzer also lists `dispatchEvent(new KgErrorEvent(…))` without a name; the `@fires` tags name every event. */
function dropNamelessEvents() {
  return {
    name: 'drop-nameless-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

/** Private and internal members are not API: leaving them out keeps the manifest (shipped in the package) small. */
function dropPrivateMembers() {
  return {
    name: 'drop-private-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#') && !member.name.startsWith('_'),
          );
        }
      }
    },
  };
}

export default {
  // The element classes only (one kg-*.ts per component folder); controllers and helpers are not API.
  globs: ['src/components/kg-*/kg-*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.templates.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [dropNamelessEvents(), dropPrivateMembers()],
};
