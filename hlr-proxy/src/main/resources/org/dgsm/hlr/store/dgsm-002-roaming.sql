-- dgsm-node's own schema, step 2: the D-GSM proxy's persistent roaming cache (org.dgsm.hlr.proxy).
-- One row per visitor (a foreign IMSI proxied to its home HLR); times are Unix epoch milliseconds.
CREATE TABLE dgsm_roaming_visitor (
	imsi			TEXT PRIMARY KEY,
	home_address		TEXT,
	msisdn			TEXT,
	isd			BLOB,
	cs_vlr			TEXT,
	cs_via_proxy		INTEGER NOT NULL DEFAULT 0,
	cs_lu_time		INTEGER,
	ps_vlr			TEXT,
	ps_lu_time		INTEGER,
	last_home_contact	INTEGER,
	home_update_pending	INTEGER NOT NULL DEFAULT 0,
	updated			INTEGER NOT NULL
);
CREATE INDEX dgsm_roaming_visitor_msisdn ON dgsm_roaming_visitor(msisdn);

-- Authentication tuples fetched from the visitor's home HLR; each is used at most once (deleted when used).
CREATE TABLE dgsm_roaming_tuple (
	id		INTEGER PRIMARY KEY,
	imsi		TEXT NOT NULL,
	rand		BLOB,
	sres		BLOB,
	kc		BLOB,
	ik		BLOB,
	ck		BLOB,
	autn		BLOB,
	res		BLOB,
	fetched		INTEGER NOT NULL
);
CREATE INDEX dgsm_roaming_tuple_imsi ON dgsm_roaming_tuple(imsi, id);
