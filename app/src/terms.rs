//! The Conditions Générales d'Utilisation (CGU), accepted at step 2 of the
//! creation. One text, shown as a page and printed as a PDF, so the two can
//! never disagree. Plain words first; the legal references follow.

use leptos::prelude::*;
use leptos_meta::Title;

/// Shown on the page and the PDF, and recorded with each consent.
pub const VERSION: &str = "version 1.0 du 22 novembre 2026";

pub struct Section {
    pub title: &'static str,
    pub paragraphs: &'static [&'static str],
}

pub const TITLE: &str = "Conditions générales d'utilisation du Dossier Médical Partagé";

pub const SECTIONS: &[Section] = &[
    Section {
        title: "1. À quoi sert le DMP",
        paragraphs: &[
            "Le Dossier Médical Partagé (DMP) est un carnet de santé numérique. Il conserve vos informations de santé : comptes rendus, résultats d'analyses, traitements, imagerie, vaccinations, ainsi que l'historique de vos remboursements de soins des 24 derniers mois, ajouté par l'Assurance Maladie.",
            "Il permet aux professionnels de santé qui vous soignent, en ville ou à l'hôpital, de partager ces informations, en particulier en cas d'urgence.",
            "Le DMP est gratuit et n'est pas obligatoire. Ne pas en avoir ne change rien à vos remboursements.",
        ],
    },
    Section {
        title: "2. Votre consentement",
        paragraphs: &[
            "Votre DMP n'est créé qu'avec votre accord, ou celui de votre représentant légal si vous êtes mineur ou protégé. En cochant la case d'acceptation, vous consentez à la création de votre DMP et du compte qui vous permet d'y accéder.",
            "Vous pouvez fermer votre DMP à tout moment.",
        ],
    },
    Section {
        title: "3. Qui peut lire votre DMP",
        paragraphs: &[
            "Vous-même, avec votre identifiant, votre mot de passe et un code à usage unique reçu par SMS ou par e-mail à chaque connexion.",
            "Les professionnels de santé qui vous prennent en charge, avec votre accord, et selon leur profession : chacun ne voit que les documents utiles à son métier. Votre médecin traitant peut voir l'ensemble de votre dossier.",
            "Personne d'autre : ni votre employeur, ni votre banque, ni votre assurance ou votre mutuelle, ni la médecine du travail ne peuvent accéder à votre DMP.",
        ],
    },
    Section {
        title: "4. L'accès en cas d'urgence",
        paragraphs: &[
            "Si votre vie est en danger et que vous ne pouvez pas donner votre accord, un professionnel de santé peut ouvrir votre DMP en mode « bris de glace ». Le médecin régulateur du SAMU – Centre 15 peut aussi le consulter pendant un appel d'urgence.",
            "Ces deux accès sont autorisés par défaut. Vous pouvez vous y opposer à la création de votre DMP, puis changer d'avis à tout moment. Chaque accès en urgence est enregistré et vous en êtes informé.",
        ],
    },
    Section {
        title: "5. Ce que vous pouvez faire",
        paragraphs: &[
            "Consulter votre DMP, ajouter vos propres documents et informations (allergies, personnes à prévenir, directives anticipées…).",
            "Masquer un document aux professionnels de santé (il reste visible pour votre médecin traitant et pour son auteur), bloquer l'accès d'un professionnel, consulter à tout moment la liste de tous les accès à votre dossier et choisir les notifications que vous recevez.",
            "Fermer votre DMP. Il n'est alors plus consultable par personne, vous compris ; ses données sont archivées pendant dix ans, période pendant laquelle vous pouvez le rouvrir, puis détruites.",
        ],
    },
    Section {
        title: "6. Vos engagements",
        paragraphs: &[
            "Gardez secrets votre identifiant, votre mot de passe et les codes reçus : ni l'Assurance Maladie ni un professionnel de santé ne vous les demanderont jamais.",
            "Déconnectez-vous après usage, en particulier sur un ordinateur partagé.",
            "Signalez sans attendre toute utilisation de votre compte que vous ne reconnaissez pas.",
        ],
    },
    Section {
        title: "7. Protection de vos données",
        paragraphs: &[
            "Vos données de santé sont hébergées en France par un hébergeur certifié pour les données de santé. Les échanges sont chiffrés. Chaque accès et chaque action sur votre DMP sont tracés.",
            "Vous disposez des droits d'accès, de rectification et de limitation prévus par le règlement général sur la protection des données (RGPD) et la loi Informatique et Libertés. Vous pouvez saisir la CNIL.",
        ],
    },
    Section {
        title: "8. Références",
        paragraphs: &[
            "Code de la santé publique, articles L. 1111-14 et suivants et R. 1111-26 et suivants ; décret n° 2016-914 du 4 juillet 2016 ; décret n° 2016-1545 du 16 novembre 2016 autorisant le traitement des données du DMP.",
        ],
    },
];

#[cfg(feature = "ssr")]
pub fn pdf() -> Vec<u8> {
    use crate::pdf::{render, Block};
    let mut blocks = vec![Block::Title(TITLE.into()), Block::Paragraph(VERSION.into())];
    for section in SECTIONS {
        blocks.push(Block::Heading(section.title.into()));
        blocks.extend(
            section
                .paragraphs
                .iter()
                .map(|p| Block::Paragraph((*p).into())),
        );
    }
    render(TITLE, &blocks)
}

pub use crate::paths::TERMS_PDF_PATH as PDF_PATH;

#[component]
pub fn TermsPage() -> impl IntoView {
    view! {
        <Title text="Conditions générales d'utilisation"/>
        <article class="container terms">
            <h1>{TITLE}</h1>
            <p class="terms__version">{VERSION}</p>
            <p>
                // A plain link: the PDF is a file, not a page of the site.
                <a href=PDF_PATH rel="external" download="conditions-generales-dmp.pdf">
                    "Télécharger ces conditions en PDF"
                </a>
            </p>
            {SECTIONS
                .iter()
                .map(|s| {
                    view! {
                        <section>
                            <h2>{s.title}</h2>
                            {s.paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                        </section>
                    }
                })
                .collect_view()}
        </article>
    }
}
