//! Who may read what in a DMP (domain.md §4.4–4.5): one pure policy that
//! every route and server function asks, for lists, counts and single
//! documents alike. Default deny: a right is granted by a rule below or not
//! at all. Choices marked [I] in domain.md are marked here too.

use serde::{Deserialize, Serialize};

/// Who asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Actor {
    /// The holder of the record.
    Holder,
    /// A legal representative of a minor holder.
    Representative,
    /// A health professional signed in with their card.
    Professional,
    /// The médecin régulateur of a SAMU–Centre 15, with the regulator's card.
    Regulator,
    /// The insurer's batch feed of reimbursement lines: it writes, never reads.
    InsurerFeed,
    /// An establishment's feeding account (a hospital's card): it deposits
    /// documents, never reads.
    Establishment,
}

/// The patient's authorisation for one professional (MAGIC statuses).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Authorisation {
    /// `NON_EXISTE`: never given.
    None,
    /// `VALIDE`.
    Valid,
    /// `EXPIRE`: given once, to be declared again.
    Expired,
    /// `INTERDIT`: the patient blocked this professional.
    Blocked,
}

/// How the professional asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Mode {
    Normal,
    /// « Bris de glace »: the patient's state carries an immediate risk
    /// (the reason typed by the professional travels with the access).
    BrisDeGlace,
    /// A call to the SAMU–Centre 15, by its regulator.
    Centre15,
}

/// A professional's standing with this record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Relation {
    pub authorisation: Authorisation,
    /// Médecin traitant DMP (several doctors may be).
    pub medecin_traitant: bool,
}

impl Relation {
    pub const NONE: Relation = Relation {
        authorisation: Authorisation::None,
        medecin_traitant: false,
    };
}

/// What the holder decided about the record as a whole.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Settings {
    pub oppose_bris_de_glace: bool,
    pub oppose_centre15: bool,
    pub closed: bool,
}

/// A document's visibility codes (JDV_J58 / TRE_A07).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Visibility {
    /// `MASQUE_PS`: hidden from professionals, except the médecin traitant
    /// and the author.
    pub masked: bool,
    /// `INVISIBLE_PATIENT`: until the announcement consultation.
    pub invisible_patient: bool,
    /// `INVISIBLE_REPRESENTANTS_LEGAUX`: a minor's secret.
    pub invisible_representatives: bool,
}

/// What the policy needs to know of one document, resolved by the caller.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DocumentFacts {
    /// The document belongs to the record being read.
    pub in_record: bool,
    pub visibility: Visibility,
    /// The asking professional wrote it.
    pub by_actor: bool,
    /// The matrice d'habilitations lets the actor's profession and
    /// specialty read its type.
    pub matrix_allows: bool,
}

/// Why something was allowed: written with every trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Right {
    Holder,
    Representative,
    Autorisation,
    MedecinTraitant,
    BrisDeGlace,
    Centre15,
    /// A professional reading a document they wrote.
    Author,
}

impl Right {
    /// As stored in the access trace.
    pub fn code(self) -> &'static str {
        match self {
            Right::Holder => "titulaire",
            Right::Representative => "representant_legal",
            Right::Autorisation => "autorisation",
            Right::MedecinTraitant => "medecin_traitant",
            Right::BrisDeGlace => "bris_de_glace",
            Right::Centre15 => "centre15",
            Right::Author => "auteur",
        }
    }
}

/// Why something was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Refusal {
    /// Not this record's, or not to be named at all: answered like nothing.
    NotFound,
    Closed,
    /// The insurer feed, or anyone else without a role here.
    NoRole,
    Blocked,
    NoConsent,
    Expired,
    /// Only the regulator's card works in Centre 15 mode.
    NotRegulator,
    /// The holder opposed this emergency mode.
    Opposed,
    /// `MASQUE_PS`, for a professional who is neither médecin traitant nor author.
    Masked,
    /// Hidden from the patient or from the representatives.
    Hidden,
    /// The matrice d'habilitations does not let this profession read this type.
    NotInMatrix,
}

impl Refusal {
    /// What the professional is told (never more than they may know).
    pub fn message(self) -> String {
        crate::messages::Msg::Access(self).text()
    }
}

/// Whether the actor may open the record (its lists and counts) at all,
/// and under which right. Emergency modes are only looked at when no
/// ordinary right exists.
pub fn record_access(
    actor: Actor,
    relation: Relation,
    mode: Mode,
    settings: Settings,
) -> Result<Right, Refusal> {
    if settings.closed {
        return Err(Refusal::Closed);
    }
    match actor {
        Actor::Holder => return Ok(Right::Holder),
        Actor::Representative => return Ok(Right::Representative),
        Actor::InsurerFeed | Actor::Establishment => return Err(Refusal::NoRole),
        Actor::Professional | Actor::Regulator => {}
    }
    match (relation.authorisation, mode) {
        // With or without consent, in an emergency too.
        (Authorisation::Blocked, _) => Err(Refusal::Blocked),
        (Authorisation::Valid, _) if relation.medecin_traitant => Ok(Right::MedecinTraitant),
        (Authorisation::Valid, _) => Ok(Right::Autorisation),
        (Authorisation::None, Mode::Normal) => Err(Refusal::NoConsent),
        (Authorisation::Expired, Mode::Normal) => Err(Refusal::Expired),
        // In Centre 15 mode the authorisation is not looked at.
        (_, Mode::Centre15) if actor != Actor::Regulator => Err(Refusal::NotRegulator),
        (_, Mode::Centre15) if settings.oppose_centre15 => Err(Refusal::Opposed),
        (_, Mode::Centre15) => Ok(Right::Centre15),
        (_, Mode::BrisDeGlace) if settings.oppose_bris_de_glace => Err(Refusal::Opposed),
        (_, Mode::BrisDeGlace) => Ok(Right::BrisDeGlace),
    }
}

/// Whether the actor may read one document, and under which right.
pub fn read_document(
    actor: Actor,
    relation: Relation,
    mode: Mode,
    settings: Settings,
    doc: DocumentFacts,
) -> Result<Right, Refusal> {
    if !doc.in_record {
        return Err(Refusal::NotFound);
    }
    let v = doc.visibility;
    let professional = matches!(actor, Actor::Professional | Actor::Regulator);
    // [I] The author reads back what they wrote, masked or not, even
    // without consent (feeding needs none); a block or a closure stops it.
    if professional
        && doc.by_actor
        && !settings.closed
        && relation.authorisation != Authorisation::Blocked
    {
        return Ok(Right::Author);
    }
    let right = record_access(actor, relation, mode, settings)?;
    match right {
        Right::Holder if v.invisible_patient => Err(Refusal::Hidden),
        Right::Representative if v.invisible_patient || v.invisible_representatives => {
            Err(Refusal::Hidden)
        }
        Right::Holder | Right::Representative => Ok(right),
        // [I] Masking holds in emergencies too: only the médecin traitant
        // (and the author, above) see through it.
        _ if v.masked && right != Right::MedecinTraitant => Err(Refusal::Masked),
        _ if !doc.matrix_allows => Err(Refusal::NotInMatrix),
        _ => Ok(right),
    }
}

/// Whether the actor may deposit a document in the record. Feeding needs
/// no authorisation (§4.5); [I] a blocked professional may not feed either,
/// and emergency modes give no right to feed.
pub fn may_deposit(actor: Actor, relation: Relation, settings: Settings) -> Result<(), Refusal> {
    if settings.closed {
        return Err(Refusal::Closed);
    }
    match actor {
        Actor::Professional | Actor::Regulator | Actor::Establishment | Actor::Holder => {}
        Actor::Representative | Actor::InsurerFeed => return Err(Refusal::NoRole),
    }
    if relation.authorisation == Authorisation::Blocked && actor != Actor::Holder {
        return Err(Refusal::Blocked);
    }
    Ok(())
}

/// Only the author deletes, and only logically (§4.4).
pub fn may_delete(actor: Actor, doc: DocumentFacts, settings: Settings) -> bool {
    doc.in_record && doc.by_actor && !settings.closed && actor != Actor::InsurerFeed
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VisibilityError {
    Cumulated,
    NotAMinor,
}

/// The visibility a professional chose at deposit (§4.4 rules 2 and 3).
/// `allow_cumulation` is the DMP parameter `cumul-invisible_patient-masque_ps`
/// (false by default).
pub fn check_visibility(
    v: Visibility,
    holder_is_minor: bool,
    allow_cumulation: bool,
) -> Result<(), VisibilityError> {
    if v.masked && v.invisible_patient && !allow_cumulation {
        return Err(VisibilityError::Cumulated);
    }
    if v.invisible_representatives && !holder_is_minor {
        return Err(VisibilityError::NotAMinor);
    }
    Ok(())
}

/// Whether a professional may switch a session to *connexion secrète*
/// (§4.6): with a person's card (an establishment's feeding card has no one
/// to agree with), on the record of a minor, and with the minor's agreement.
pub fn may_use_secret_mode(actor: Actor, holder_is_minor: bool) -> Result<(), SecretModeError> {
    if actor != Actor::Professional && actor != Actor::Regulator {
        return Err(SecretModeError::NotAProfessional);
    }
    if !holder_is_minor {
        return Err(SecretModeError::NotAMinor);
    }
    Ok(())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SecretModeError {
    NotAMinor,
    NotAProfessional,
}

/// What a deposit's visibility becomes (§4.6 rule 3): in *connexion
/// secrète* every document is kept from the legal representatives,
/// whatever was ticked; otherwise the professional's choice stands.
pub fn deposit_visibility(
    chosen: Visibility,
    secret_mode: bool,
    holder_is_minor: bool,
) -> Visibility {
    Visibility {
        invisible_representatives: chosen.invisible_representatives
            || (secret_mode && holder_is_minor),
        ..chosen
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const ACTORS: [Actor; 6] = [
        Actor::Holder,
        Actor::Representative,
        Actor::Professional,
        Actor::Regulator,
        Actor::InsurerFeed,
        Actor::Establishment,
    ];
    const AUTHORISATIONS: [Authorisation; 4] = [
        Authorisation::None,
        Authorisation::Valid,
        Authorisation::Expired,
        Authorisation::Blocked,
    ];
    const MODES: [Mode; 3] = [Mode::Normal, Mode::BrisDeGlace, Mode::Centre15];

    /// One situation: every dimension of the decision table.
    #[derive(Clone, Copy, Debug)]
    struct Case {
        actor: Actor,
        relation: Relation,
        mode: Mode,
        settings: Settings,
        doc: DocumentFacts,
    }

    fn all_cases() -> Vec<Case> {
        let b = [false, true];
        let mut cases = Vec::new();
        for actor in ACTORS {
            for authorisation in AUTHORISATIONS {
                for medecin_traitant in b {
                    for mode in MODES {
                        for (oppose_bris_de_glace, oppose_centre15, closed) in b
                            .iter()
                            .flat_map(|x| b.iter().flat_map(move |y| b.map(|z| (*x, *y, z))))
                        {
                            for bits in 0..64u8 {
                                let bit = |n: u8| bits & (1 << n) != 0;
                                cases.push(Case {
                                    actor,
                                    relation: Relation {
                                        authorisation,
                                        medecin_traitant,
                                    },
                                    mode,
                                    settings: Settings {
                                        oppose_bris_de_glace,
                                        oppose_centre15,
                                        closed,
                                    },
                                    doc: DocumentFacts {
                                        in_record: bit(0),
                                        visibility: Visibility {
                                            masked: bit(1),
                                            invisible_patient: bit(2),
                                            invisible_representatives: bit(3),
                                        },
                                        by_actor: bit(4),
                                        matrix_allows: bit(5),
                                    },
                                });
                            }
                        }
                    }
                }
            }
        }
        cases
    }

    type Condition = fn(&Case) -> bool;

    fn pro(c: &Case) -> bool {
        matches!(c.actor, Actor::Professional | Actor::Regulator)
    }
    fn valid(c: &Case) -> bool {
        c.relation.authorisation == Authorisation::Valid
    }

    /// The decision table, read top to bottom: the first row whose
    /// conditions all hold gives the answer. Written from domain.md
    /// §4.4–4.5, independently of the code above.
    fn table() -> Vec<(&'static str, Vec<Condition>, Result<Right, Refusal>)> {
        use Refusal::*;
        vec![
            ("autre dossier", vec![|c| !c.doc.in_record], Err(NotFound)),
            ("dossier clôturé", vec![|c| c.settings.closed], Err(Closed)),
            (
                "flux assurance maladie, compte d'alimentation",
                vec![|c| matches!(c.actor, Actor::InsurerFeed | Actor::Establishment)],
                Err(NoRole),
            ),
            (
                "titulaire, invisible patient",
                vec![|c| c.actor == Actor::Holder, |c| {
                    c.doc.visibility.invisible_patient
                }],
                Err(Hidden),
            ),
            (
                "titulaire",
                vec![|c| c.actor == Actor::Holder],
                Ok(Right::Holder),
            ),
            (
                "représentant, invisible patient",
                vec![|c| c.actor == Actor::Representative, |c| {
                    c.doc.visibility.invisible_patient
                }],
                Err(Hidden),
            ),
            (
                "représentant, secret du mineur",
                vec![|c| c.actor == Actor::Representative, |c| {
                    c.doc.visibility.invisible_representatives
                }],
                Err(Hidden),
            ),
            (
                "représentant",
                vec![|c| c.actor == Actor::Representative],
                Ok(Right::Representative),
            ),
            (
                "PS bloqué",
                vec![pro, |c| c.relation.authorisation == Authorisation::Blocked],
                Err(Blocked),
            ),
            (
                "PS auteur",
                vec![pro, |c| c.doc.by_actor],
                Ok(Right::Author),
            ),
            (
                "autorisé, masqué, pas MT",
                vec![pro, valid, |c| c.doc.visibility.masked, |c| {
                    !c.relation.medecin_traitant
                }],
                Err(Masked),
            ),
            (
                "autorisé, hors matrice",
                vec![pro, valid, |c| !c.doc.matrix_allows],
                Err(NotInMatrix),
            ),
            (
                "médecin traitant",
                vec![pro, valid, |c| c.relation.medecin_traitant],
                Ok(Right::MedecinTraitant),
            ),
            ("autorisé", vec![pro, valid], Ok(Right::Autorisation)),
            (
                "sans autorisation",
                vec![pro, |c| c.mode == Mode::Normal, |c| {
                    c.relation.authorisation == Authorisation::None
                }],
                Err(NoConsent),
            ),
            (
                "autorisation expirée",
                vec![pro, |c| c.mode == Mode::Normal, |c| {
                    c.relation.authorisation == Authorisation::Expired
                }],
                Err(Expired),
            ),
            (
                "centre 15 sans carte de régulateur",
                vec![|c| c.actor == Actor::Professional, |c| {
                    c.mode == Mode::Centre15
                }],
                Err(NotRegulator),
            ),
            (
                "centre 15, opposition",
                vec![|c| c.mode == Mode::Centre15, |c| c.settings.oppose_centre15],
                Err(Opposed),
            ),
            (
                "bris de glace, opposition",
                vec![|c| c.mode == Mode::BrisDeGlace, |c| {
                    c.settings.oppose_bris_de_glace
                }],
                Err(Opposed),
            ),
            (
                "urgence, masqué",
                vec![|c| c.doc.visibility.masked],
                Err(Masked),
            ),
            (
                "urgence, hors matrice",
                vec![|c| !c.doc.matrix_allows],
                Err(NotInMatrix),
            ),
            (
                "centre 15",
                vec![|c| c.mode == Mode::Centre15],
                Ok(Right::Centre15),
            ),
            (
                "bris de glace",
                vec![|c| c.mode == Mode::BrisDeGlace],
                Ok(Right::BrisDeGlace),
            ),
        ]
    }

    #[test]
    fn every_situation_gets_the_answer_of_the_decision_table() {
        let table = table();
        let mut used = vec![0usize; table.len()];
        let cases = all_cases();
        assert_eq!(cases.len(), 6 * 4 * 2 * 3 * 8 * 64);
        for c in &cases {
            let row = table
                .iter()
                .position(|(_, conditions, _)| conditions.iter().all(|f| f(c)))
                .unwrap_or_else(|| panic!("no row of the table covers {c:?}"));
            used[row] += 1;
            let got = read_document(c.actor, c.relation, c.mode, c.settings, c.doc);
            assert_eq!(got, table[row].2, "row « {} »: {c:?}", table[row].0);
        }
        for (row, n) in used.iter().enumerate() {
            assert!(*n > 0, "row « {} » is never reached", table[row].0);
        }
    }

    #[test]
    fn the_record_opens_for_whoever_may_read_an_ordinary_document_of_it() {
        // An ordinary document: in the record, visible, readable by the
        // matrix, not the actor's own.
        let ordinary = DocumentFacts {
            in_record: true,
            matrix_allows: true,
            ..DocumentFacts::default()
        };
        for c in all_cases() {
            assert_eq!(
                record_access(c.actor, c.relation, c.mode, c.settings),
                read_document(c.actor, c.relation, c.mode, c.settings, ordinary),
                "{c:?}"
            );
        }
    }

    #[test]
    fn feeding_and_deleting() {
        let s = Settings::default();
        let closed = Settings { closed: true, ..s };
        let blocked = Relation {
            authorisation: Authorisation::Blocked,
            medecin_traitant: false,
        };
        assert_eq!(may_deposit(Actor::Professional, Relation::NONE, s), Ok(()));
        assert_eq!(
            may_deposit(Actor::Professional, blocked, s),
            Err(Refusal::Blocked)
        );
        assert_eq!(
            may_deposit(Actor::InsurerFeed, Relation::NONE, s),
            Err(Refusal::NoRole)
        );
        assert_eq!(
            may_deposit(Actor::Holder, Relation::NONE, closed),
            Err(Refusal::Closed)
        );
        let own = DocumentFacts {
            in_record: true,
            by_actor: true,
            ..DocumentFacts::default()
        };
        assert!(may_delete(Actor::Professional, own, s));
        assert!(!may_delete(
            Actor::Professional,
            DocumentFacts {
                by_actor: false,
                ..own
            },
            s
        ));
        assert!(!may_delete(
            Actor::Professional,
            DocumentFacts {
                in_record: false,
                ..own
            },
            s
        ));
        assert!(!may_delete(Actor::Professional, own, closed));
    }

    #[test]
    fn visibility_choices_at_deposit() {
        let masked_and_hidden = Visibility {
            masked: true,
            invisible_patient: true,
            invisible_representatives: false,
        };
        assert_eq!(
            check_visibility(masked_and_hidden, false, false),
            Err(VisibilityError::Cumulated)
        );
        assert_eq!(check_visibility(masked_and_hidden, false, true), Ok(()));
        let secret = Visibility {
            invisible_representatives: true,
            ..Visibility::default()
        };
        assert_eq!(check_visibility(secret, true, false), Ok(()));
        assert_eq!(
            check_visibility(secret, false, false),
            Err(VisibilityError::NotAMinor)
        );
    }

    #[test]
    fn secret_mode_keeps_every_deposit_from_the_representatives() {
        let open = Visibility::default();
        let hidden = Visibility {
            invisible_representatives: true,
            ..open
        };
        assert_eq!(deposit_visibility(open, true, true), hidden);
        assert_eq!(deposit_visibility(hidden, false, true), hidden);
        assert_eq!(deposit_visibility(open, false, true), open);
        // Past majority nothing is kept from representatives: there are none.
        assert_eq!(deposit_visibility(open, true, false), open);
        let masked = Visibility {
            masked: true,
            ..open
        };
        assert!(deposit_visibility(masked, true, true).masked);
    }

    #[test]
    fn secret_mode_is_for_a_professional_on_a_minor_record() {
        assert_eq!(may_use_secret_mode(Actor::Professional, true), Ok(()));
        assert_eq!(may_use_secret_mode(Actor::Regulator, true), Ok(()));
        assert_eq!(
            may_use_secret_mode(Actor::Professional, false),
            Err(SecretModeError::NotAMinor)
        );
        for actor in [
            Actor::Holder,
            Actor::Representative,
            Actor::InsurerFeed,
            Actor::Establishment,
        ] {
            assert_eq!(
                may_use_secret_mode(actor, true),
                Err(SecretModeError::NotAProfessional)
            );
        }
    }

    fn any_case() -> impl Strategy<Value = Case> {
        (
            prop::sample::select(ACTORS.to_vec()),
            prop::sample::select(AUTHORISATIONS.to_vec()),
            prop::sample::select(MODES.to_vec()),
            any::<[bool; 10]>(),
        )
            .prop_map(|(actor, authorisation, mode, b)| Case {
                actor,
                relation: Relation {
                    authorisation,
                    medecin_traitant: b[0],
                },
                mode,
                settings: Settings {
                    oppose_bris_de_glace: b[1],
                    oppose_centre15: b[2],
                    closed: b[3],
                },
                doc: DocumentFacts {
                    in_record: b[4],
                    visibility: Visibility {
                        masked: b[5],
                        invisible_patient: b[6],
                        invisible_representatives: b[7],
                    },
                    by_actor: b[8],
                    matrix_allows: b[9],
                },
            })
    }

    proptest! {
        // The space is small (18 432 situations): many cases are cheap.
        #![proptest_config(ProptestConfig::with_cases(4096))]

        #[test]
        fn nobody_reads_another_records_document(c in any_case()) {
            let doc = DocumentFacts { in_record: false, ..c.doc };
            prop_assert_eq!(read_document(c.actor, c.relation, c.mode, c.settings, doc), Err(Refusal::NotFound));
        }

        #[test]
        fn a_masked_document_reaches_no_professional_but_the_medecin_traitant_and_the_author(c in any_case()) {
            let doc = DocumentFacts { visibility: Visibility { masked: true, ..c.doc.visibility }, ..c.doc };
            if let Ok(right) = read_document(c.actor, c.relation, c.mode, c.settings, doc) {
                prop_assert!(matches!(right, Right::MedecinTraitant | Right::Author | Right::Holder | Right::Representative), "{:?}", right);
                if right == Right::MedecinTraitant {
                    prop_assert!(c.relation.medecin_traitant && c.relation.authorisation == Authorisation::Valid);
                }
                if right == Right::Author {
                    prop_assert!(doc.by_actor);
                }
            }
        }

        #[test]
        fn whoever_reads_has_a_right_that_the_situation_grants(c in any_case()) {
            if let Ok(right) = read_document(c.actor, c.relation, c.mode, c.settings, c.doc) {
                prop_assert!(c.doc.in_record && !c.settings.closed);
                prop_assert!(!matches!(c.actor, Actor::InsurerFeed | Actor::Establishment));
                prop_assert!(c.relation.authorisation != Authorisation::Blocked || !matches!(c.actor, Actor::Professional | Actor::Regulator));
                match right {
                    Right::Holder => prop_assert!(c.actor == Actor::Holder && !c.doc.visibility.invisible_patient),
                    Right::Representative => prop_assert!(!c.doc.visibility.invisible_patient && !c.doc.visibility.invisible_representatives),
                    Right::Autorisation | Right::MedecinTraitant => prop_assert!(c.relation.authorisation == Authorisation::Valid && c.doc.matrix_allows),
                    Right::BrisDeGlace => prop_assert!(c.mode == Mode::BrisDeGlace && !c.settings.oppose_bris_de_glace && c.doc.matrix_allows),
                    Right::Centre15 => prop_assert!(c.actor == Actor::Regulator && !c.settings.oppose_centre15 && c.doc.matrix_allows),
                    Right::Author => prop_assert!(c.doc.by_actor),
                }
            }
        }
    }
}
