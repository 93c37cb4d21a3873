import type { Migration } from './index';

// "Impact for children, young people and families", with evidence: the committee report
// asks every report to say it (its 3.8). An action carries links to the evidence.
export const impactEvidence: Migration = {
  version: 5,
  name: 'evidence links for the impact of actions',
  sql: `
    ALTER TABLE actions ADD COLUMN evidence_links TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(evidence_links) AND json_type(evidence_links) = 'array');
  `,
};
