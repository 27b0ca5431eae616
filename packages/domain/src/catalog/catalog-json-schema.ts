// The catalogue's JSON Schema, for editors' tools (VS Code and others read `"$schema"`):
// generated from the zod schemas by zod's own converter, so it cannot drift from what
// parseCatalog accepts. The build writes it to catalog.schema.json (scripts/
// write-catalog-schema.mjs); a test checks the file is in sync and that an independent
// validator (ajv) agrees with parseCatalog. Not part of the package's JavaScript: nothing
// that runs in a page needs it.
//
// zod writes what JSON Schema can say of each check; the rest, which zod runs as code, is
// added here in JSON Schema's own terms: the form of dates, links and https addresses,
// text that is not only spaces, and a period longer than zero. Rules across fields (dates
// in order, unique ids, agencies that are partners, real calendar days) stay with
// parseCatalog and `ddscp check`, which the schema's description says.
import * as z from 'zod';
import { isoDateSchema, partialDateSchema } from '../calendar/date-schemas';
import { catalogIsoDateSchema, catalogPartialDateSchema } from '../reviews/catalog-date-schemas';
import { catalogSchema } from './catalog-schema';

const MONTH = '(?:0[1-9]|1[0-2])';
const DAY = '(?:0[1-9]|[12][0-9]|3[01])';
const YEAR = '[0-9]{4}';
/** The years whose working days the package knows: 1995 to 2099. */
const CATALOG_YEAR = '(?:199[5-9]|20[0-9]{2})';

const isoDatePattern = (year: string) => `^${year}-${MONTH}-${DAY}$`;
const partialDatePattern = (year: string) => `^${year}(?:-${MONTH}(?:-${DAY})?)?$`;

/** A site path or an https address: never `javascript:`, `data:` or `//…`. */
const LINK_PATTERN = '^(?!//)(?:[Hh][Tt][Tt][Pp][Ss]://|(?![A-Za-z][A-Za-z0-9+.-]*:))';

/** What editors see when they hover over a field, by its place in a catalogue. */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  $schema:
    'Where the editor finds this schema, e.g. ./node_modules/@ddscp/domain/catalog.schema.json.',
  partnership: 'The safeguarding partnership, with its partners.',
  'partnership.partners': 'Every partner, past and present (validFrom, validTo).',
  reviews: "The partnership's reviews, each with its documents.",
  'reviews[].id': 'A stable id, unique in the catalogue: lower-case words joined by hyphens.',
  'reviews[].reference': "The review's code, e.g. TDS20 (unique).",
  'reviews[].pseudonym': 'The name the review gives the child, e.g. Theo: never a real name.',
  'reviews[].summary': 'What the page says about the review, without identifying anyone.',
  'reviews[].agencies': 'Ids of the partners involved (from partnership.partners).',
  'reviews[].timeline':
    'The lifecycle dates, in order: becameAware, notifiedPanel, rapidReviewCompleted, decisionToCommission, completed, sentToPanel (YYYY-MM-DD) and published (YYYY, YYYY-MM or YYYY-MM-DD).',
  'reviews[].documents': 'The documents the page links, each with its publication date.',
  'reviews[].documents[].published':
    'When it was published: YYYY-MM-DD, or YYYY-MM if only the month is known. It stays on the website for the retention period from then; leave it out only if it is not known.',
  'reviews[].documents[].link':
    'A path on the site (/documents/report.pdf) or an https:// address.',
  'reviews[].documents[].retention':
    'This document\'s own period, e.g. { "keepFor": { "years": 2 } }, instead of the policy\'s.',
};

/** The data path of a place in the JSON Schema: `properties.reviews.items.properties.id` → `reviews[].id`. */
function dataPath(path: readonly (string | number)[]): string {
  let text = '';
  for (let i = 0; i < path.length; i++) {
    if (path[i] === 'properties') text += `${text ? '.' : ''}${path[++i]}`;
    else if (path[i] === 'items') text += '[]';
    else return '';
  }
  return text;
}

type Def = {
  type: string;
  checks?: { _zod: { def: { check: string } } }[];
  shape?: Record<string, unknown>;
};

/** The catalogue's JSON Schema (draft-07, which every editor reads), as a value. @internal */
export function catalogJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(catalogSchema, {
    target: 'draft-07',
    io: 'input',
    override: ({ zodSchema, jsonSchema, path }) => {
      const def = (zodSchema as unknown as { _zod: { def: Def } })._zod.def;
      const checks = (def.checks ?? []).map((check) => check._zod.def.check);
      const own = zodSchema as unknown;
      if (own === catalogIsoDateSchema) jsonSchema.pattern = isoDatePattern(CATALOG_YEAR);
      else if (own === catalogPartialDateSchema)
        jsonSchema.pattern = partialDatePattern(CATALOG_YEAR);
      else if (own === isoDateSchema) jsonSchema.pattern = isoDatePattern(YEAR);
      else if (own === partialDateSchema) jsonSchema.pattern = partialDatePattern(YEAR);
      else if (def.type === 'string') {
        if (jsonSchema.format === 'uri') jsonSchema.pattern = '^https://';
        // A link: the one refined string of the catalogue.
        else if (checks.includes('custom')) jsonSchema.pattern = LINK_PATTERN;
        // Trimmed text that must not be empty: at least one character that is not a space.
        else if (checks.includes('overwrite') && jsonSchema.minLength === 1) {
          jsonSchema.pattern = '\\S';
        }
      } else if (
        def.type === 'object' &&
        def.shape &&
        'years' in def.shape &&
        'weeks' in def.shape
      ) {
        // A period longer than zero: at least one part above 0.
        jsonSchema.anyOf = ['years', 'months', 'weeks', 'days'].map((part) => ({
          required: [part],
          properties: { [part]: { minimum: 1 } },
        }));
      }
      const description = DESCRIPTIONS[dataPath(path)];
      if (description) jsonSchema.description = description;
    },
  });
  return {
    $schema: schema.$schema,
    $id: 'https://github.com/ddscp/ddscp/blob/main/packages/domain/catalog.schema.json',
    title: "A safeguarding partnership's catalogue of reviews (@ddscp/domain)",
    description:
      'The form of a catalogue file. Editors check it as you type; some rules need the whole file and are checked by `npx ddscp check` (real calendar days, dates in order, unique ids, agencies that are partners).',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
