-- osmo-hlr's database layout at schema version 7 (osmo-hlr 1.9; hlr-auc.md section 1):
-- identical to schema 6 except that auc_3g.k, op and opc are VARCHAR(64) for 256-bit
-- TUAK keys. Tests run it and then set PRAGMA user_version = 7 to get a file like the
-- one osmo-hlr 1.9 creates.

CREATE TABLE subscriber (
	id			INTEGER PRIMARY KEY,
	imsi			VARCHAR(15) UNIQUE NOT NULL,
	msisdn			VARCHAR(15) UNIQUE,
	imeisv			VARCHAR,
	imei			VARCHAR(14),
	vlr_number		VARCHAR(15),
	msc_number		VARCHAR(15),
	sgsn_number		VARCHAR(15),
	sgsn_address		VARCHAR,
	ggsn_number		VARCHAR(15),
	gmlc_number		VARCHAR(15),
	smsc_number		VARCHAR(15),
	periodic_lu_tmr		INTEGER,
	periodic_rau_tau_tmr	INTEGER,
	nam_cs			BOOLEAN NOT NULL DEFAULT 1,
	nam_ps			BOOLEAN NOT NULL DEFAULT 1,
	lmsi			INTEGER,
	ms_purged_cs		BOOLEAN NOT NULL DEFAULT 0,
	ms_purged_ps		BOOLEAN NOT NULL DEFAULT 0,
	last_lu_seen		TIMESTAMP DEFAULT NULL,
	last_lu_seen_ps		TIMESTAMP DEFAULT NULL,
	vlr_via_proxy		VARCHAR,
	sgsn_via_proxy		VARCHAR
);

CREATE TABLE subscriber_apn (
	subscriber_id	INTEGER,
	apn		VARCHAR(256) NOT NULL
);

CREATE TABLE subscriber_multi_msisdn (
	subscriber_id	INTEGER,
	msisdn		VARCHAR(15) NOT NULL
);

CREATE TABLE auc_2g (
	subscriber_id	INTEGER PRIMARY KEY,
	algo_id_2g	INTEGER NOT NULL,
	ki		VARCHAR(32) NOT NULL
);

CREATE TABLE auc_3g (
	subscriber_id	INTEGER PRIMARY KEY,
	algo_id_3g	INTEGER NOT NULL,
	k		VARCHAR(64) NOT NULL,
	op		VARCHAR(64),
	opc		VARCHAR(64),
	sqn		INTEGER NOT NULL DEFAULT 0,
	ind_bitlen	INTEGER NOT NULL DEFAULT 5
);

CREATE TABLE ind (
	ind	INTEGER PRIMARY KEY,
	vlr	TEXT NOT NULL,
	UNIQUE (vlr)
);

CREATE UNIQUE INDEX idx_subscr_imsi ON subscriber (imsi);
