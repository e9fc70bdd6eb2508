//! The access trace: every reading, deposit and change of a record, by
//! whom and under which right. The table is append-only and hash-chained
//! (migration 0012); `server audit verify` checks it.

/// The access-trace entries (`t`) a reader of the record may see: a legal
/// representative never sees those about a document kept from
/// representatives (its deposit, reading, replacement), which would reveal
/// the minor's secret.
#[cfg(feature = "ssr")]
pub fn trace_entries_for(role: crate::session::patient::Role) -> &'static str {
    match role {
        crate::session::patient::Role::Holder => "true",
        crate::session::patient::Role::Representative => {
            "(NOT t.secret AND (t.document_id IS NULL OR NOT EXISTS (SELECT 1 FROM document x \
              WHERE x.id = t.document_id AND x.hidden_from_representatives)))"
        }
    }
}

/// Writes one action of the holder (or of a legal representative: the
/// account's own record says which) on the record to the access trace.
#[cfg(feature = "ssr")]
pub async fn trace(
    conn: &mut sqlx::PgConnection,
    dmp_id: i64,
    account_id: i64,
    action: Action,
    document_id: Option<i64>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), sqlx::Error> {
    trace_detail(conn, dmp_id, account_id, action, document_id, None, now).await?;
    Ok(())
}

/// The same, with what was changed (a choice, a document's title, a
/// professional's name); returns the entry's id, which a receipt names.
#[cfg(feature = "ssr")]
pub async fn trace_detail(
    conn: &mut sqlx::PgConnection,
    dmp_id: i64,
    account_id: i64,
    action: Action,
    document_id: Option<i64>,
    detail: Option<&str>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO access_trace (dmp_id, at, actor_kind, actor_id, action, document_id, right_code, detail) \
         VALUES ($1, $2, 'patient', $3, $4, $5, \
           CASE WHEN EXISTS (SELECT 1 FROM patient_account WHERE id = $3 AND dmp_id = $1) \
             THEN 'titulaire' ELSE 'representant_legal' END, $6) RETURNING id",
    )
    .bind(dmp_id)
    .bind(now)
    .bind(account_id)
    .bind(action.code())
    .bind(document_id)
    .bind(detail)
    .fetch_one(conn)
    .await
}

/// Writes what an agent of the insurer did on the record (at a desk): the
/// holder's history names the place, not the agent, whose identity is in
/// the staff trace.
#[cfg(feature = "ssr")]
pub async fn trace_by_staff(
    conn: &mut sqlx::PgConnection,
    dmp_id: i64,
    staff_account_id: i64,
    place: Option<&str>,
    action: Action,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO access_trace (dmp_id, at, actor_kind, actor_id, action, actor_label) \
         VALUES ($1, $2, 'assurance_maladie', $3, $4, $5)",
    )
    .bind(dmp_id)
    .bind(now)
    .bind(staff_account_id)
    .bind(action.code())
    .bind(place.unwrap_or("Assurance Maladie"))
    .execute(conn)
    .await?;
    Ok(())
}

/// Declares [`Action`]: one variant per kind of entry, its stored code and
/// how the history says it.
macro_rules! actions {
    ($( $variant:ident => $code:literal, $label:literal, )*) => {
        /// What an entry of the trace records.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Action {
            $( $variant, )*
            /// A space of the record read (`consultation_espace:<slug>`).
            SpaceRead(&'static str),
        }

        impl Action {
            /// The code stored in `access_trace.action`.
            pub fn code(self) -> String {
                match self {
                    $( Action::$variant => $code.to_string(), )*
                    Action::SpaceRead(slug) => format!("consultation_espace:{slug}"),
                }
            }

            /// The action as the history names it, if known.
            pub fn label_of(code: &str) -> Option<String> {
                if let Some(slug) = code.strip_prefix("consultation_espace:") {
                    let title = crate::deposit::SPACES
                        .iter()
                        .find(|(s, _)| *s == slug)
                        .map(|(_, t)| *t)
                        .unwrap_or(slug);
                    return Some(format!("Consultation de l'espace « {title} »"));
                }
                match code {
                    $( $code => Some($label.to_string()), )*
                    _ => None,
                }
            }
        }
    };
}

actions! {
    Connexion => "connexion", "Connexion",
    Deconnexion => "deconnexion", "Déconnexion",
    MotDePassePersonnalise => "mot_de_passe_personnalise", "Choix d'un nouveau mot de passe",
    RenouvellementIdentifiants => "renouvellement_identifiants", "Nouvelles données de connexion",
    ConsultationAccueil => "consultation_accueil", "Consultation de l'accueil du DMP",
    ConsultationDocument => "consultation_document", "Consultation d'un document",
    ConsultationOuverture => "consultation_ouverture", "Consultation d'un document",
    OuvertureDocument => "ouverture_document", "Consultation d'un document",
    ConsultationTelechargement => "consultation_telechargement", "Téléchargement d'un document",
    TelechargementDocument => "telechargement_document", "Téléchargement d'un document",
    TelechargementDmp => "telechargement_dmp", "Téléchargement de tout le DMP",
    ConsultationCloture => "consultation_cloture", "Consultation de la page de clôture",
    ConsultationReglagesNotifications => "consultation_reglages_notifications", "Consultation des réglages des notifications",
    ConsultationPageTelechargement => "consultation_page_telechargement", "Consultation de la page de téléchargement",
    Cloture => "cloture", "Clôture du DMP",
    ClotureDeces => "cloture_deces", "Clôture du DMP (décès)",
    Reouverture => "reouverture", "Réouverture du DMP",
    ReglagesNotifications => "reglages_notifications", "Modification des réglages des notifications",
    DemandeChangementContact => "demande_changement_contact", "Demande de changement d'un moyen de contact",
    ChangementContact => "changement_contact", "Changement d'un moyen de contact",
    ConsultationListe => "consultation_liste", "Consultation de la liste des documents",
    ConsultationDossier => "consultation_dossier", "Consultation de la liste des documents",
    ConsultationRemboursements => "consultation_remboursements", "Consultation des données de remboursement",
    ConsultationNotifications => "consultation_notifications", "Consultation des notifications",
    ConsultationEspacePersonnel => "consultation_espace_personnel", "Consultation de l'espace personnel",
    ConsultationHistorique => "consultation_historique", "Consultation de l'historique des accès",
    ConsultationProfessionnels => "consultation_professionnels", "Consultation des professionnels autorisés ou bloqués",
    ConsultationAccesUrgence => "consultation_acces_urgence", "Consultation des choix d'accès en urgence",
    DepotDocument => "depot_document", "Dépôt d'un document",
    CreationProfessionnel => "creation_professionnel", "Création du DMP par un professionnel de santé",
    RepresentantGuichet => "representant_guichet", "Représentant légal ou tuteur enregistré à un accueil de l'Assurance Maladie",
    FinRepresentantGuichet => "fin_representant_guichet", "Fin d'accès d'un représentant légal ou d'un tuteur, enregistrée à un accueil de l'Assurance Maladie",
    ClotureGuichet => "cloture_guichet", "Clôture du DMP demandée en personne à un accueil de l'Assurance Maladie",
    CreationGuichet => "creation_guichet", "Création du DMP à un accueil de l'Assurance Maladie",
    IdentifiantsGuichet => "identifiants_guichet", "Nouvelles données de connexion remises à un accueil de l'Assurance Maladie",
    InvitationMajorite => "invitation_majorite", "Invitation du titulaire devenu majeur à reprendre son DMP",
    RepriseParLeTitulaire => "reprise_par_le_titulaire", "Reprise du DMP par son titulaire, devenu majeur",
    RemplacementDocument => "remplacement_document", "Remplacement d'un document",
    SuppressionDocument => "suppression_document", "Suppression d'un document",
    VisibilitePatientDocument => "visibilite_patient_document", "Document rendu visible pour vous",
    DeclarationAutorisation => "declaration_autorisation", "Déclaration de votre autorisation d'accès",
    DeclarationMedecinTraitant => "declaration_medecin_traitant", "Déclaration comme médecin traitant DMP",
    AccesUrgence => "acces_urgence", "Accès en urgence",
    InvitationRepresentantLegal => "invitation_representant_legal", "Invitation d'un second représentant légal",
    AjoutRepresentantLegal => "ajout_representant_legal", "Accès d'un nouveau représentant légal",
    RetraitRepresentantLegal => "retrait_representant_legal", "Fin de l'accès d'un représentant légal",
    ConsultationRepresentants => "consultation_representants", "Consultation des représentants légaux",
    ConnexionSecrete => "connexion_secrete", "Passage en connexion secrète (secret du mineur)",
    FinConnexionSecrete => "fin_connexion_secrete", "Fin de la connexion secrète",
    BlocageProfessionnel => "blocage_professionnel", "Blocage d'un professionnel de santé",
    DeblocageProfessionnel => "deblocage_professionnel", "Déblocage d'un professionnel de santé",
    MasquageDocument => "masquage_document", "Document masqué aux professionnels",
    DemasquageDocument => "demasquage_document", "Document de nouveau visible des professionnels",
    ChoixUrgence => "choix_urgence", "Modification des choix d'accès en urgence",
    AlimentationRemboursements => "alimentation_remboursements", "Ajout de données de remboursement",
    ModificationNotesSante => "modification_notes_sante", "Modification des notes de santé",
    ModificationCoordonnees => "modification_coordonnees", "Modification des coordonnées",
    AjoutPersonneAPrevenir => "ajout_personne_a_prevenir", "Ajout d'une personne à prévenir",
    RetraitPersonneAPrevenir => "retrait_personne_a_prevenir", "Retrait d'une personne à prévenir",
    ModificationPersonneDeConfiance => "modification_personne_de_confiance", "Désignation de la personne de confiance",
    RetraitPersonneDeConfiance => "retrait_personne_de_confiance", "Retrait de la personne de confiance",
    RedactionDirectivesAnticipees => "redaction_directives_anticipees", "Rédaction des directives anticipées",
    ModificationDonOrganes => "modification_don_organes", "Modification du choix sur le don d'organes",
}
