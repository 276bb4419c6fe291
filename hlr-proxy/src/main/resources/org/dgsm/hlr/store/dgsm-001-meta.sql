-- dgsm-node's own schema, step 1: the table that records which of our steps a file has.
-- Our tables all start with dgsm_ and never touch osmo-hlr's PRAGMA user_version.
CREATE TABLE dgsm_meta (
	name	TEXT PRIMARY KEY,
	value	TEXT NOT NULL
);
