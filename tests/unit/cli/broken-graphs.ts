/** Small graph texts with one known mistake each, and where the mistake is. */

/** Edge `e` points at a node that does not exist; the mistake is on line 8. */
export const DANGLING_TARGET = `{
  "format": "kg-graph",
  "version": 1,
  "meta": { "title": "Broken", "languages": ["en"] },
  "nodeTypes": { "thing": { "label": "Thing" } },
  "edgeTypes": { "rel": { "label": "rel" } },
  "nodes": [{ "id": "iran", "type": "thing", "label": "Iran" }],
  "edges": [{ "id": "e", "type": "rel", "source": "iran", "target": "irn" }]
}
`;
export const DANGLING_TARGET_LINE = 8;

/** A trailing comma (a JSON syntax error) after the last node, on line 7. */
export const TRAILING_COMMA = `{
  "format": "kg-graph",
  "version": 1,
  "meta": { "title": "Broken", "languages": ["en"] },
  "nodeTypes": { "thing": { "label": "Thing" } },
  "edgeTypes": {},
  "nodes": [{ "id": "a", "type": "thing", "label": "A" },],
  "edges": []
}
`;
export const TRAILING_COMMA_LINE = 7;
