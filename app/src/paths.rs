//! Every address of the site, one constant each. A feature links to
//! another feature's page through these, never through the feature itself.

// Home and creation.
pub const HOME_PATH: &str = "/";
pub const STEP1_PATH: &str = "/creation";
pub const STEP2_PATH: &str = "/creation/informations";
pub const STEP3_PATH: &str = "/creation/donnees-de-connexion";
pub const CODE_REQUEST_PATH: &str = "/creation/demande-de-code";
pub const SECRETS_PDF_PATH: &str = "/creation/document-des-secrets.pdf";
pub const TERMS_PATH: &str = "/conditions-generales";
pub const TERMS_PDF_PATH: &str = "/conditions-generales.pdf";
pub const KIOSK_PATH: &str = "/borne";

// Signing in.
pub const SIGN_IN_PATH: &str = "/connexion";
pub const CODE_PATH: &str = "/connexion/code";
pub const NEW_PASSWORD_PATH: &str = "/connexion/nouveau-mot-de-passe";
pub const SIGNED_OUT_PATH: &str = "/connexion/deconnecte";
pub const FORGOTTEN_PATH: &str = "/connexion/oubli";

// Staff: the people who work for the insurer or its partners.
pub const STAFF_SIGN_IN_PATH: &str = "/personnel/connexion";
pub const STAFF_CODE_PATH: &str = "/personnel/code";
pub const STAFF_HOME_PATH: &str = "/personnel";
/// The reception desk's console (desk agents).
pub const DESK_PATH: &str = "/guichet";
/// The document des secrets of a desk's hand-over.
pub const DESK_SECRETS_PDF_PATH: &str = "/guichet/document-des-secrets.pdf";
/// The statisticians' figures, and the same as CSV.
pub const STATISTICS_PATH: &str = "/statistiques";
/// The workshop facilitators' space.
pub const WORKSHOP_PATH: &str = "/atelier";
/// A workshop's one-page report: `/atelier/{id}/bilan.pdf`.
pub fn workshop_report_path(id: i64) -> String {
    format!("/atelier/{id}/bilan.pdf")
}
/// A workshop's practice cards (PDF), and its practice people made or destroyed.
pub fn practice_cards_path(id: i64) -> String {
    format!("/atelier/{id}/cartes-entrainement.pdf")
}
pub fn practice_people_path(id: i64) -> String {
    format!("/atelier/{id}/entrainement")
}
/// The room at a glance during a workshop.
pub fn workshop_room_path(id: i64) -> String {
    format!("/atelier/{id}/salle")
}
/// The help pages.
pub const HELP_PATH: &str = "/aide";
/// A participant's practice card: its code, then its page.
pub const PRACTICE_PATH: &str = "/entrainement";
pub const STATISTICS_CSV_PATH: &str = "/statistiques/creations.csv";

// The record.
pub const RECORD_PATH: &str = "/mon-dmp";
/// Where an account that reads several records chooses one.
pub const CHOOSE_PATH: &str = "/mon-dmp/choisir";
pub const REIMBURSEMENTS_PATH: &str = "/mon-dmp/remboursements";
pub const UPLOAD_PATH: &str = "/mon-dmp/deposer";
pub const PERSONAL_PATH: &str = "/mon-dmp/espace-personnel";
pub const NOTIFICATIONS_PATH: &str = "/mon-dmp/notifications";
pub const NOTIFICATION_SETTINGS_PATH: &str = "/mon-dmp/notifications/reglages";
pub const HISTORY_PATH: &str = "/mon-dmp/historique";
pub const PROFESSIONALS_PATH: &str = "/mon-dmp/professionnels";
pub const EMERGENCY_PATH: &str = "/mon-dmp/acces-en-urgence";
pub const EXPORT_PATH: &str = "/mon-dmp/telecharger";
pub const EXPORT_ZIP_PATH: &str = "/mon-dmp/telecharger/dmp.zip";
pub const REPRESENTATIVES_PATH: &str = "/mon-dmp/representants";
/// Where an invited legal representative types the code.
pub const INVITATION_PATH: &str = "/representant-legal";
/// Where they land, signed in, with their login.
pub const INVITATION_WELCOME_PATH: &str = "/representant-legal/bienvenue";

// Closing and reopening.
pub const CLOSE_PATH: &str = "/mon-dmp/cloturer";
pub const CLOSED_PATH: &str = "/dmp-cloture";
pub const REOPEN_PATH: &str = "/rouvrir-mon-dmp";
pub const REOPENED_PATH: &str = "/rouvrir-mon-dmp/fait";

// Professionals.
pub const PROFESSIONAL_PATH: &str = "/professionnel";
pub const PROFESSIONAL_RECORD_PATH: &str = "/professionnel/dossier";
pub const PROFESSIONAL_DEPOSIT_PATH: &str = "/professionnel/deposer";
/// A professional opens the DMP of the patient in front of them.
pub const PROFESSIONAL_OPENING_PATH: &str = "/professionnel/creer";
pub const PROFESSIONAL_SECRETS_PDF_PATH: &str = "/professionnel/document-des-secrets.pdf";

// Demo.
pub const OUTBOX_PATH: &str = "/demo/messages";
