// cytoscape-fcose ships no types: it exports one function that registers the 'fcose' layout.
declare module 'cytoscape-fcose' {
  import type cytoscape from 'cytoscape';
  const register: (cy: typeof cytoscape) => void;
  export default register;
}
