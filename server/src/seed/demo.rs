//! The fixed demo households a newcomer can type into step 1 of the creation
//! flow. They come first in every seed, with codes valid for a year.

pub struct DemoPerson {
    pub nir: &'static str,
    pub birth_name: &'static str,
    pub usage_name: Option<&'static str>,
    pub first_names: &'static str,
    pub male: bool,
    pub birth_date: &'static str,
    pub birth_place: &'static str,
    pub email: Option<&'static str>,
    pub birth_rank: i16,
    pub code: &'static str,
    /// What this identity shows off, for `seed --print-demo`.
    pub case: &'static str,
}

pub struct DemoHousehold {
    pub card_type: &'static str,
    pub serial: &'static str,
    pub card_issued: &'static str,
    pub address_line: &'static str,
    pub home: &'static str,
    pub members: &'static [DemoPerson],
}

pub const HOUSEHOLDS: &[DemoHousehold] = &[
    DemoHousehold {
        card_type: "avec_photo",
        serial: "80123456789",
        card_issued: "2019-03-01",
        address_line: "12 rue de la République",
        home: "49007",
        members: &[DemoPerson {
            nir: "269054958815780",
            birth_name: "MARTIN",
            usage_name: Some("DUBOIS"),
            first_names: "Claire Hélène",
            male: false,
            birth_date: "1969-05-14",
            birth_place: "49588",
            email: Some("claire.dubois@example.org"),
            birth_rank: 1,
            code: "DEMA-2345-6789",
            case: "adulte, carte avec photo, nom d'usage",
        }],
    },
    DemoHousehold {
        card_type: "sans_photo",
        serial: "123456789",
        card_issued: "2012-09-15",
        address_line: "3 boulevard Paoli",
        home: "2B033",
        members: &[DemoPerson {
            nir: "196022B03300802",
            birth_name: "SANTONI",
            usage_name: None,
            first_names: "Antoine Jean",
            male: true,
            birth_date: "1996-02-21",
            birth_place: "2B033",
            email: None,
            birth_rank: 1,
            code: "DEMB-2345-6789",
            case: "né en Haute-Corse (2B), carte sans photo, pas d'e-mail (courrier)",
        }],
    },
    DemoHousehold {
        card_type: "avec_photo",
        serial: "80234567890",
        card_issued: "2021-06-10",
        address_line: "27 rue Frébault",
        home: "97120",
        members: &[
            DemoPerson {
                nir: "283019711200550",
                birth_name: "JEAN-BAPTISTE",
                usage_name: None,
                first_names: "Léa Marie",
                male: false,
                birth_date: "1983-01-09",
                birth_place: "97112",
                email: Some("lea.jean-baptiste@example.org"),
                birth_rank: 1,
                code: "DEMC-2345-6789",
                case: "née en Guadeloupe (971), deux enfants jumeaux sur sa carte",
            },
            DemoPerson {
                nir: "115039712004580",
                birth_name: "JEAN-BAPTISTE",
                usage_name: None,
                first_names: "Noah",
                male: true,
                birth_date: "2015-03-18",
                birth_place: "97120",
                email: None,
                birth_rank: 1,
                code: "DEMF-2345-6789",
                case: "mineur, jumeau (rang 1) sur la carte de sa mère",
            },
            DemoPerson {
                nir: "215039712004629",
                birth_name: "JEAN-BAPTISTE",
                usage_name: None,
                first_names: "Emma",
                male: false,
                birth_date: "2015-03-18",
                birth_place: "97120",
                email: None,
                birth_rank: 2,
                code: "DEMD-2345-6789",
                case: "mineure, jumelle (rang 2) sur la carte de sa mère ; son DMP est ouvert, \
                       lu par sa mère Léa, sa représentante légale",
            },
            DemoPerson {
                nir: "219069712005269",
                birth_name: "JEAN-BAPTISTE",
                usage_name: None,
                first_names: "Inès",
                male: false,
                birth_date: "2019-06-02",
                birth_place: "97120",
                email: None,
                birth_rank: 1,
                code: "DEMJ-2345-6789",
                case: "mineure, petite sœur des jumeaux ; son DMP est ouvert, lu par sa mère Léa \
                       avec le même compte que celui d'Emma (Léa choisit le dossier)",
            },
        ],
    },
    DemoHousehold {
        card_type: "sans_photo",
        serial: "1234567890",
        card_issued: "2008-01-20",
        address_line: "8 rue Garibaldi",
        home: "69123",
        members: &[DemoPerson {
            nir: "176079935001231",
            birth_name: "BENALI",
            usage_name: None,
            first_names: "Youssef",
            male: true,
            birth_date: "1976-07-02",
            birth_place: "99350",
            email: Some("youssef.benali@example.org"),
            birth_rank: 1,
            code: "DEME-2345-6789",
            case: "né à l'étranger (Maroc, 99350), carte sans photo",
        }],
    },
    DemoHousehold {
        card_type: "avec_photo",
        serial: "80345678901",
        card_issued: "2017-06-12",
        address_line: "41 avenue Parmentier",
        home: "75056",
        members: &[DemoPerson {
            nir: "284077505612322",
            birth_name: "LEROY",
            usage_name: None,
            first_names: "Marie Françoise",
            male: false,
            birth_date: "1984-07-09",
            birth_place: "75056",
            email: Some("marie.leroy@example.org"),
            birth_rank: 1,
            code: "DEMG-2345-6789",
            case: "DMP déjà ouvert, rempli de documents (se connecter)",
        }],
    },
    DemoHousehold {
        card_type: "avec_photo",
        serial: "80456789012",
        card_issued: "2016-02-03",
        address_line: "5 quai Claude Bernard",
        home: "69123",
        members: &[DemoPerson {
            nir: "152116912304531",
            birth_name: "MOREAU",
            usage_name: None,
            first_names: "Jean-Pierre",
            male: true,
            birth_date: "1952-11-21",
            birth_place: "69123",
            email: None,
            birth_rank: 1,
            code: "DEMH-2345-6789",
            case: "DMP déjà ouvert, code de connexion par SMS (se connecter)",
        }],
    },
];

/// A demo person whose DMP the seed opens, full of documents, with
/// credentials anyone may use (they are printed by `seed --print-demo`).
pub struct ReadyRecord {
    pub nir: &'static str,
    /// For a minor's record: the legal representative who signs in (their
    /// relation, HL7 RoleCode, and their NIR among the demo people); the
    /// credentials below are then theirs, and the record has no account of
    /// its own until its holder comes of age.
    pub represented_by: Option<(&'static str, &'static str)>,
    pub login: &'static str,
    pub password: &'static str,
    pub email: Option<&'static str>,
    pub mobile: Option<&'static str>,
    /// Holds a « Consultation confidentielle » deposited in secret mode.
    pub secret_consultation: bool,
}

pub const READY_RECORDS: &[ReadyRecord] = &[
    ReadyRecord {
        nir: "284077505612322",
        represented_by: None,
        login: "marieleroy",
        password: "Demo-DMP-Marie-2026",
        email: Some("marie.leroy@example.org"),
        mobile: None,
        secret_consultation: false,
    },
    ReadyRecord {
        nir: "152116912304531",
        represented_by: None,
        login: "jpmoreau",
        password: "Demo-DMP-JeanPierre-2026",
        email: None,
        mobile: Some("+33612345678"),
        secret_consultation: false,
    },
    ReadyRecord {
        nir: "215039712004629",
        represented_by: Some(("MTH", "283019711200550")),
        login: "lea.jeanbaptiste",
        password: "Demo-DMP-Lea-2026",
        email: Some("lea.jean-baptiste@example.org"),
        mobile: None,
        secret_consultation: true,
    },
    // Her younger sister: the same account reads both, and chooses.
    ReadyRecord {
        nir: "219069712005269",
        represented_by: Some(("MTH", "283019711200550")),
        login: "lea.jeanbaptiste",
        password: "Demo-DMP-Lea-2026",
        email: Some("lea.jean-baptiste@example.org"),
        mobile: None,
        secret_consultation: false,
    },
];

/// The identities `seed --print-demo` lists for step 1: everyone whose DMP
/// the seed does not open (Emma's is; her twin Noah stands for a minor).
pub fn listed() -> impl Iterator<Item = (&'static DemoHousehold, &'static DemoPerson)> {
    HOUSEHOLDS
        .iter()
        .flat_map(|h| h.members.iter().map(move |p| (h, p)))
        .filter(|(_, p)| !READY_RECORDS.iter().any(|r| r.nir == p.nir))
}
