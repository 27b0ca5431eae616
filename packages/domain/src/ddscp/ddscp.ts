// The partnership as its "Child Safeguarding Practice Reviews" page shows it (partners,
// contact details), with the codes and dates of the project's domain facts: ONS codes for
// the councils, NHS ODS codes, ICBs replacing CCGs on 1 July 2022, and the partnership
// replacing the two county boards on 30 September 2019. Websites only where certain; no
// logo files ship with the package, so logos carry alt text only.
import type { IsoDate } from '../calendar/iso-date';
import { deepFreeze } from '../internal/deep-freeze';
import type { Partnership } from '../partners/partnership-schema';

/**
 * The Derby and Derbyshire Safeguarding Children Partnership (DDSCP): name, contact details,
 * start date and partners, past and present (frozen).
 *
 * Use it as the partnership of a catalogue, or as a worked example for another
 * partnership's data (parse yours with {@link partnershipSchema}).
 *
 * @example
 * ddscp.contact.email; // 'ddscp@derby.gov.uk'
 * partnersOn(ddscp, '2024-03-01').filter((p) => p.role === 'statutory-partner').map((p) => p.name);
 */
export const ddscp: Partnership = /*@__PURE__*/ deepFreeze({
  id: 'ddscp',
  name: 'Derby and Derbyshire Safeguarding Children Partnership',
  shortName: 'DDSCP',
  website: 'https://www.ddscp.org.uk/',
  contact: {
    address: { lines: ['184 Kedleston Road', 'Derby'], postcode: 'DE22 1GT' },
    telephone: '01332 642351',
    email: 'ddscp@derby.gov.uk',
  },
  validFrom: '2019-09-30' as IsoDate,
  partners: [
    {
      id: 'derby-city-council',
      name: 'Derby City Council',
      kind: 'local-authority',
      role: 'statutory-partner',
      codes: { ons: 'E06000015' },
      website: 'https://www.derby.gov.uk/',
      logo: { alt: 'Derby City Council' },
    },
    {
      id: 'derbyshire-county-council',
      name: 'Derbyshire County Council',
      kind: 'local-authority',
      role: 'statutory-partner',
      codes: { ons: 'E10000007' },
      website: 'https://www.derbyshire.gov.uk/',
      logo: { alt: 'Derbyshire County Council' },
    },
    {
      id: 'derbyshire-constabulary',
      name: 'Derbyshire Constabulary',
      kind: 'police',
      role: 'statutory-partner',
      codes: {},
      website: 'https://www.derbyshire.police.uk/',
      logo: { alt: 'Derbyshire Constabulary' },
    },
    {
      id: 'nhs-derby-and-derbyshire-ccg',
      name: 'NHS Derby and Derbyshire Clinical Commissioning Group',
      kind: 'clinical-commissioning-group',
      role: 'statutory-partner',
      codes: { ods: '15M' },
      logo: { alt: 'NHS Derby and Derbyshire Clinical Commissioning Group' },
      validTo: '2022-06-30' as IsoDate,
      successorId: 'nhs-derby-and-derbyshire-icb',
    },
    {
      // A statutory partner from the start (Derby City Council's announcement of 30 September
      // 2019; the partnership's privacy notice): the CCG for Glossop, in Derbyshire. Not on
      // the review page, which shows today's partners; Glossop joined the Derby and
      // Derbyshire ICB when ICBs replaced CCGs.
      id: 'nhs-tameside-and-glossop-ccg',
      name: 'NHS Tameside and Glossop Clinical Commissioning Group',
      kind: 'clinical-commissioning-group',
      role: 'statutory-partner',
      codes: {},
      logo: { alt: 'NHS Tameside and Glossop Clinical Commissioning Group' },
      validTo: '2022-06-30' as IsoDate,
      successorId: 'nhs-derby-and-derbyshire-icb',
    },
    {
      id: 'nhs-derby-and-derbyshire-icb',
      name: 'NHS Derby and Derbyshire Integrated Care Board',
      kind: 'integrated-care-board',
      role: 'statutory-partner',
      codes: { ods: 'QJ2' },
      logo: { alt: 'NHS Derby and Derbyshire Integrated Care Board' },
      validFrom: '2022-07-01' as IsoDate,
    },
    {
      id: 'chesterfield-royal-hospital',
      name: 'Chesterfield Royal Hospital NHS Foundation Trust',
      kind: 'nhs-trust',
      role: 'relevant-agency',
      codes: { ods: 'RFS' },
      logo: { alt: 'Chesterfield Royal Hospital NHS Foundation Trust' },
    },
    {
      id: 'derbyshire-community-health-services',
      name: 'Derbyshire Community Health Services NHS Foundation Trust',
      kind: 'nhs-trust',
      role: 'relevant-agency',
      codes: { ods: 'RY8' },
      logo: { alt: 'Derbyshire Community Health Services NHS Foundation Trust' },
    },
    {
      // Shown on the partnership's page under its former name, Derby Hospitals NHS
      // Foundation Trust.
      id: 'university-hospitals-of-derby-and-burton',
      name: 'University Hospitals of Derby and Burton NHS Foundation Trust',
      kind: 'nhs-trust',
      role: 'relevant-agency',
      codes: { ods: 'RTG' },
      logo: { alt: 'University Hospitals of Derby and Burton NHS Foundation Trust' },
    },
    {
      id: 'derbyshire-healthcare',
      name: 'Derbyshire Healthcare NHS Foundation Trust',
      kind: 'nhs-trust',
      role: 'relevant-agency',
      codes: { ods: 'RXM' },
      logo: { alt: 'Derbyshire Healthcare NHS Foundation Trust' },
    },
    {
      id: 'cafcass',
      name: 'Children and Family Court Advisory and Support Service (Cafcass)',
      kind: 'cafcass',
      role: 'relevant-agency',
      codes: {},
      logo: { alt: 'Children and Family Court Advisory and Support Service (Cafcass)' },
    },
    {
      // Unified with the community rehabilitation companies into the Probation Service on
      // 26 June 2021 ("June 2021" in the domain facts).
      id: 'national-probation-service',
      name: 'National Probation Service',
      kind: 'probation',
      role: 'relevant-agency',
      codes: {},
      logo: { alt: 'National Probation Service' },
      validTo: '2021-06-25' as IsoDate,
      successorId: 'probation-service',
    },
    {
      id: 'probation-service',
      name: 'The Probation Service',
      kind: 'probation',
      role: 'relevant-agency',
      codes: {},
      logo: { alt: 'The Probation Service' },
      validFrom: '2021-06-26' as IsoDate,
    },
  ],
});
