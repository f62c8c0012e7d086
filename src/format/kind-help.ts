/**
 * The help a schema-aware editor shows for the graph file (hover titles and descriptions,
 * completions from examples): for each object kind of kinds.ts and each of its fields, keyed by
 * the same names. Only the JSON Schema (schema.ts) reads it, so the viewer, which loads and checks
 * graphs with kinds.ts alone, never carries this text.
 *
 * The type requires help for exactly the declared fields of each kind: a field added to kinds.ts
 * without help here, or help for a field or kind that is not declared, fails the type check.
 */
import type { Annotations } from './json-schema';
import type { FieldName, ObjectKind } from './kinds';

/** Help for a field: every field shows examples. */
export type FieldHelp = Required<Annotations>;

/** Help for one object kind: the kind's own, then each of its fields'. */
export interface KindHelp<K extends ObjectKind> {
  readonly help: Annotations;
  readonly fields: { readonly [F in FieldName<K>]-?: FieldHelp };
}

/** Help for every object kind, in the order of kinds.ts. */
export const KIND_HELP: { readonly [K in ObjectKind]: KindHelp<K> } = {
  document: {
    help: {
      title: 'kg-viewer graph file, version 1',
      description: 'One knowledge graph: its sources, its vocabulary of node and edge types, its nodes and edges, and optional guided tours. See src/format/README.md of kg-viewer.',
      examples: [{ format: 'kg-graph', version: 1, meta: { title: { en: 'Example' }, languages: ['en'] }, nodeTypes: { country: { label: 'Country' } }, edgeTypes: { agreement: { label: 'agreement' } }, nodes: [{ id: 'a', type: 'country', label: 'A' }], edges: [] }],
    },
    fields: {
      $schema: {
        title: 'Schema',
        description: 'Where editors find this schema, for validation and autocompletion.',
        examples: ['../public/schema/kg-graph-v1.schema.json'],
      },
      format: { title: 'Format', description: 'Always `kg-graph`.', examples: ['kg-graph'] },
      version: { title: 'Version', description: 'Version of the format; loaders refuse other versions with a clear message.', examples: [1] },
      meta: { title: 'Metadata', description: 'Title, languages and provenance of the graph.', examples: [{ title: 'Example', languages: ['en'] }] },
      sources: { title: 'Sources', description: 'Documents that evidence quotes point into.', examples: [[{ id: 'article', lang: 'ar', text: '…' }]] },
      nodeTypes: {
        title: 'Node types',
        description: 'Node types by id: labels, colors and shapes. Style comes from types, never from nodes.',
        examples: [{ country: { label: { en: 'Country' }, color: '#1f77b4', shape: 'round-rectangle' } }],
      },
      edgeTypes: {
        title: 'Edge types',
        description: 'Edge types by id: labels, direction and line styles.',
        examples: [{ agreement: { label: { en: 'agreement' }, directed: false } }],
      },
      nodes: { title: 'Nodes', description: 'The entities of the graph.', examples: [[{ id: 'russia', type: 'country', label: 'Russia' }]] },
      edges: {
        title: 'Edges',
        description: 'The relations between nodes.',
        examples: [[{ id: 'e1', type: 'agreement', source: 'russia', target: 'iran' }]],
      },
      tours: {
        title: 'Tours',
        description: 'Guided tours through the graph.',
        examples: [[{ id: 'intro', title: 'Introduction', steps: [{ caption: 'Start here.' }] }]],
      },
    },
  },

  meta: {
    help: {
      title: 'Graph metadata',
      description: 'Title, languages and provenance of the graph.',
      examples: [{ title: { en: 'Russia and Iran', ar: 'روسيا وإيران' }, languages: ['ar', 'en'] }],
    },
    fields: {
      title: { title: 'Title', description: 'Title of the graph.', examples: [{ en: 'Russia and Iran cooperate on AI', ar: 'روسيا وإيران' }] },
      description: {
        title: 'Description',
        description: 'What the graph shows, for the reader.',
        examples: [{ en: 'Who agreed what, according to one article.' }],
      },
      languages: {
        title: 'Languages',
        description: 'Language tags the file provides; the first is the default. Every tag used in localized text must be listed here.',
        examples: [['ar', 'en']],
      },
      license: { title: 'License', description: 'License of the graph data, preferably an SPDX identifier.', examples: ['CC-BY-4.0'] },
      updated: { title: 'Updated', description: 'When the graph was last updated.', examples: ['2026-11-28'] },
      curators: { title: 'Curators', description: 'Names of the people who curate the graph.', examples: [['A. Curator']] },
      statuses: {
        title: 'Declared statuses',
        description: 'Statuses beyond the built-in ones, by name, with their labels.',
        examples: [{ rumoured: { label: { en: 'rumoured', ar: 'مُشاع' } } }],
      },
    },
  },

  statusDefinition: {
    help: {
      title: 'Status definition',
      description: 'A status declared by the file, with the label shown in legends and filters.',
      examples: [{ label: { en: 'rumoured' } }],
    },
    fields: {
      label: { title: 'Label', description: 'Name of the status as shown to readers.', examples: [{ en: 'rumoured', ar: 'مُشاع' }] },
      description: { title: 'Description', description: 'What the status means.', examples: [{ en: 'Reported by others, not confirmed by the parties.' }] },
    },
  },

  source: {
    help: {
      title: 'Source',
      description: 'A document that evidence quotes point into.',
      examples: [{ id: 'article', lang: 'ar', title: { ar: 'روسيا وإيران' }, text: '…' }],
    },
    fields: {
      id: { title: 'Id', description: 'Unique among sources.', examples: ['article'] },
      title: { title: 'Title', description: 'Title of the document.', examples: [{ en: 'Russia and Iran cooperate on AI and blockchain' }] },
      lang: { title: 'Language', description: 'Language the document is written in.', examples: ['ar'] },
      url: { title: 'URL', description: 'Where the document is published.', examples: ['https://example.org/article'] },
      published: { title: 'Published', description: 'When the document was published, only as precisely as known.', examples: ['2024-12'] },
      text: {
        title: 'Text',
        description: 'The full text, so quotes can be checked, shown and highlighted in context. Evidence quotes must be exact substrings of it.',
        examples: ['اتفقت حكومتا روسيا وإيران على التعاون…'],
      },
    },
  },

  nodeType: {
    help: {
      title: 'Node type',
      description: 'A kind of node: its label in legends and filters, and how its nodes are drawn.',
      examples: [{ label: { en: 'Country', ar: 'دولة' }, color: '#1f77b4', shape: 'round-rectangle' }],
    },
    fields: {
      label: { title: 'Label', description: 'Name of the type in legends and filters.', examples: [{ en: 'Country', ar: 'دولة' }] },
      description: { title: 'Description', description: 'What belongs to this type.', examples: [{ en: 'A sovereign state.' }] },
      color: { title: 'Color', description: 'Fill color of the nodes; when absent a categorical scale assigns one.', examples: ['#1f77b4'] },
      shape: { title: 'Shape', description: 'Shape of the nodes; ellipse when absent.', examples: ['round-rectangle'] },
    },
  },

  edgeType: {
    help: {
      title: 'Edge type',
      description: 'A kind of relation: its labels, whether it has a direction, how it is drawn.',
      examples: [{ label: { en: 'proposal' }, directed: true, line: 'dashed' }],
    },
    fields: {
      label: { title: 'Label', description: 'Name of the relation read from source to target.', examples: [{ en: 'member of', ar: 'عضو في' }] },
      inverseLabel: {
        title: 'Inverse label',
        description: 'Name of the relation read from target to source ("has member").',
        examples: [{ en: 'has member', ar: 'يضم' }],
      },
      description: { title: 'Description', description: 'What the relation means.', examples: [{ en: 'A formal agreement between the two ends.' }] },
      directed: { title: 'Directed', description: 'Whether the relation has a direction; an arrow is drawn only then.', examples: [true, false] },
      line: { title: 'Line', description: 'Line style of the edges; solid when absent.', examples: ['dashed'] },
      color: { title: 'Color', description: 'Line color of the edges; when absent a categorical scale assigns one.', examples: ['#7f7f7f'] },
    },
  },

  evidence: {
    help: {
      title: 'Evidence',
      description: 'A quote from a source that supports the node or edge.',
      examples: [{ source: 'article', quote: 'روسيا وإيران', by: 'iranian-official' }],
    },
    fields: {
      source: { title: 'Source', description: 'Id of a source in `sources`.', examples: ['article'] },
      quote: {
        title: 'Quote',
        description: 'Exact substring of the source\'s text (checked when the text is present), whatever it contains.',
        examples: ['مذكرة تفاهم جديدة'],
      },
      by: {
        title: 'Claimed by',
        description: 'Id of the node (person, organization) that made the claim the quote reports.',
        examples: ['iranian-official'],
      },
    },
  },

  link: {
    help: { title: 'Link', description: 'A link to read more.', examples: [{ url: 'https://en.wikipedia.org/wiki/Russia', title: { en: 'Wikipedia' } }] },
    fields: {
      url: { title: 'URL', description: '`http:`, `https:` or `mailto:` only.', examples: ['https://en.wikipedia.org/wiki/Russia'] },
      title: { title: 'Title', description: 'Text of the link.', examples: [{ en: 'Wikipedia' }] },
    },
  },

  position: {
    help: { title: 'Position', description: 'A layout position a curator pinned, in model coordinates.', examples: [{ x: 120.5, y: -40 }] },
    fields: {
      x: { title: 'x', description: 'Horizontal position.', examples: [120.5] },
      y: { title: 'y', description: 'Vertical position (down is positive).', examples: [-40] },
    },
  },

  node: {
    help: {
      title: 'Node',
      description: 'An entity: a country, a person, an organization, a technology…',
      examples: [{ id: 'russia', type: 'country', label: { en: 'Russia', ar: 'روسيا' } }],
    },
    fields: {
      id: { title: 'Id', description: 'Unique among nodes and edges (one namespace).', examples: ['russia'] },
      type: { title: 'Type', description: 'A key of `nodeTypes`.', examples: ['country'] },
      label: {
        title: 'Label',
        description: 'Name shown on the node; an empty or invisible-only label counts as missing.',
        examples: [{ en: 'Russia', ar: 'روسيا' }],
      },
      aliases: {
        title: 'Aliases',
        description: 'Other names search should find, e.g. a capital standing for its country.',
        examples: [[{ en: 'Moscow', ar: 'موسكو' }]],
      },
      description: {
        title: 'Description',
        description: 'Longer text for the details panel; may contain line breaks.',
        examples: [{ en: 'Country in Eastern Europe and Northern Asia.' }],
      },
      evidence: { title: 'Evidence', description: 'Quotes from sources about this node.', examples: [[{ source: 'article', quote: 'روسيا' }]] },
      links: { title: 'Links', description: 'Links to read more.', examples: [[{ url: 'https://en.wikipedia.org/wiki/Russia' }]] },
      position: { title: 'Position', description: 'A layout position a curator pinned.', examples: [{ x: 120.5, y: -40 }] },
      data: { title: 'Data', description: 'Free-form extra fields, kept as they are.', examples: [{ wikidata: 'Q159' }] },
    },
  },

  timeReference: {
    help: {
      title: 'Time',
      description: 'When the relation happened or holds: a date if the source gives one, else words.',
      examples: [{ date: '2024-12' }, { text: { en: 'last November', ar: 'في نوفمبر الماضي' } }],
    },
    fields: {
      date: { title: 'Date', description: 'Only as precisely as the source says it; never guessed.', examples: ['2024-12'] },
      text: {
        title: 'Text',
        description: 'What the source says in words ("last November"); never turned into a date.',
        examples: [{ en: 'last November' }],
      },
    },
  },

  edge: {
    help: {
      title: 'Edge',
      description: 'A relation between two nodes. Self-loops and parallel edges are allowed (two treaties between the same countries are two edges).',
      examples: [{ id: 'ru-ir-mou', type: 'agreement', source: 'russia', target: 'iran', status: 'signed' }],
    },
    fields: {
      id: { title: 'Id', description: 'Unique among nodes and edges (one namespace).', examples: ['ru-ir-mou'] },
      type: { title: 'Type', description: 'A key of `edgeTypes`.', examples: ['agreement'] },
      source: { title: 'Source node', description: 'Id of the node the relation starts from.', examples: ['russia'] },
      target: { title: 'Target node', description: 'Id of the node the relation points to.', examples: ['iran'] },
      label: { title: 'Label', description: 'Text on the edge; the edge type\'s label when absent.', examples: [{ en: 'memorandum of understanding' }] },
      description: {
        title: 'Description',
        description: 'Longer text for the details panel; may contain line breaks.',
        examples: [{ en: 'Cooperation in AI, blockchain and cybersecurity.' }],
      },
      status: { title: 'Status', description: 'How firm the relation is: a built-in status or one declared in `meta.statuses`.', examples: ['signed'] },
      when: { title: 'When', description: 'When the relation happened or holds.', examples: [{ date: '2024-12' }] },
      topics: { title: 'Topics', description: 'Ids of nodes the relation is about.', examples: [['ai', 'blockchain']] },
      evidence: {
        title: 'Evidence',
        description: 'Quotes from sources that support the relation.',
        examples: [[{ source: 'article', quote: 'مذكرة تفاهم جديدة' }]],
      },
      links: { title: 'Links', description: 'Links to read more.', examples: [[{ url: 'https://example.org/mou' }]] },
      data: { title: 'Data', description: 'Free-form extra fields, kept as they are.', examples: [{ confidence: 'high' }] },
    },
  },

  tourStep: {
    help: {
      title: 'Tour step',
      description: 'One step of a guided tour: what to highlight and what to say about it.',
      examples: [{ nodes: ['russia', 'iran'], edges: ['ru-ir-mou'], caption: { en: 'The memorandum.' } }],
    },
    fields: {
      title: { title: 'Title', description: 'Heading of the step.', examples: [{ en: 'The memorandum' }] },
      nodes: { title: 'Nodes', description: 'Ids of the nodes the step highlights.', examples: [['russia', 'iran']] },
      edges: { title: 'Edges', description: 'Ids of the edges the step highlights.', examples: [['ru-ir-mou']] },
      caption: { title: 'Caption', description: 'What the step says.', examples: [{ en: 'Russia and Iran signed a memorandum of understanding.' }] },
      evidence: {
        title: 'Evidence',
        description: 'The quotes the step\'s card shows; when absent, the viewer shows the quotes of the step\'s edges.',
        examples: [[{ source: 'article', quote: 'مذكرة تفاهم جديدة' }]],
      },
    },
  },

  tour: {
    help: {
      title: 'Tour',
      description: 'A guided tour: steps a reader walks through in order.',
      examples: [{ id: 'intro', title: { en: 'Introduction' }, steps: [{ caption: { en: 'Start here.' } }] }],
    },
    fields: {
      id: { title: 'Id', description: 'Unique among tours.', examples: ['intro'] },
      title: { title: 'Title', description: 'Name of the tour.', examples: [{ en: 'Introduction' }] },
      description: { title: 'Description', description: 'What the tour shows.', examples: [{ en: 'The agreement in five steps.' }] },
      steps: { title: 'Steps', description: 'The steps, in order.', examples: [[{ caption: { en: 'Start here.' } }]] },
    },
  },
};
