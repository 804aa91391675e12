export const CASE_STATUSES = [
  'reported',
  'routed',
  'acknowledged',
  'awaiting-information',
  'resolved',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const HARM_LEVELS = ['none', 'near-miss', 'minor', 'moderate', 'severe'] as const;
export type Harm = (typeof HARM_LEVELS)[number];

export const LINK_RELATIONS = ['duplicate-of', 'related', 'part-of-incident'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

export const COMMENT_VISIBILITIES = ['public', 'internal'] as const;
export type CommentVisibility = (typeof COMMENT_VISIBILITIES)[number];

export type SlaKind = 'first-response' | 'resolution';
