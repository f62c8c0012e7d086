// cytoscape-cola ships no types: it exports one function that registers the 'cola' layout.
declare module 'cytoscape-cola' {
  import type cytoscape from 'cytoscape';
  const register: (cy: typeof cytoscape) => void;
  export default register;
}
