/**
 * The layout worker's script URL as a Trusted Types value. Under `require-trusted-types-for
 * 'script'` a Worker accepts only a TrustedScriptURL, made by a policy the page allows by name in
 * `trusted-types`. The element makes one policy, `kg-viewer`, lazily (pages without Trusted
 * Types never see it) and once per page, and uses it for its worker scripts only: the policy
 * refuses any URL this module was not handed.
 */

/** The policy name a page lists in its `trusted-types` directive. */
export const TRUSTED_TYPES_POLICY = 'kg-viewer';

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

interface SharedPolicy {
  readonly policy: ScriptUrlPolicy;
  readonly allowed: Set<string>;
}

// Two copies of the element (two bundles) may share a page, and a policy name can be created
// only once there: the policy is kept under a registered symbol, not in this module.
const SHARED = Symbol.for('kg-viewer.trusted-types-policy');

/**
 * `url` as what `new Worker()` accepts on this page: the string itself without Trusted Types,
 * else a TrustedScriptURL. Throws when the page's CSP does not allow the `kg-viewer` policy.
 */
export function trustedScriptUrl(url: string): string | URL {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory) return url;
  const holder = globalThis as unknown as { [SHARED]?: SharedPolicy };
  let shared = holder[SHARED];
  if (!shared) {
    const allowed = new Set<string>();
    const policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
      createScriptURL(candidate) {
        if (allowed.has(candidate)) return candidate;
        throw new TypeError(`kg-viewer: the Trusted Types policy only passes the element's worker scripts, not ${candidate}`);
      },
    });
    shared = { policy, allowed };
    Object.defineProperty(globalThis, SHARED, { value: shared });
  }
  shared.allowed.add(url);
  // A TrustedScriptURL; TypeScript's DOM types do not know Trusted Types, Worker takes it as is.
  return shared.policy.createScriptURL(url) as string;
}
