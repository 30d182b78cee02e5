/**
 * Migration 5: deliveries, what a partner actually got of our objects (its reads served through the policy, our
 * pushes its status resource acknowledged): the `shared` side of the reciprocity ledger. One row per partner and
 * version, the first delivery's time.
 */
export default `
CREATE TABLE deliveries (
  partner   TEXT NOT NULL,
  object_id TEXT NOT NULL,
  version   TEXT NOT NULL,
  at        TEXT NOT NULL,
  PRIMARY KEY (partner, object_id, version)
);
`;
