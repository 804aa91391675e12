/**
 * A GP office in Helse Nord the demo directory does not have, valid in every field: what the directory API
 * tests register, and change one field of to make it wrong.
 */
export const NEW_NORD_ORGANISATION = {
  id: 'fjordbyen-legesenter',
  name: 'Fjordbyen legesenter',
  type: 'gp-office',
  orgnr: '974123916',
  herId: 81239999,
  municipality: '1804',
  system: { vendor: 'cgm', product: 'CGM Journal', version: '8.4.2', integration: 'sfm-full' },
  multidoseMode: 'electronic',
  multidosePharmacy: 'apotek1-multidose-bodo',
};
