//! `/aide` (issue 16): help pages for a workshop and for home, from the
//! associations' list of questions, each with a picture of the real page
//! (`./scripts/screenshots` takes them from a running portal, so they stay
//! current) and all of them on one printable page.

use leptos::prelude::*;

pub mod pages;

/// A piece of a help page.
pub enum Part {
    Paragraph(&'static str),
    Heading(&'static str),
    Steps(&'static [&'static str]),
    List(&'static [&'static str]),
}

/// The picture of a real page, under `public/images/aide/`.
pub struct Picture {
    pub file: &'static str,
    pub alt: &'static str,
}

pub struct Topic {
    pub slug: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub parts: &'static [Part],
    pub picture: Picture,
}

impl Topic {
    pub fn path(&self) -> String {
        format!("{}/{}", crate::paths::HELP_PATH, self.slug)
    }

    pub fn picture_path(&self) -> String {
        format!("/images/aide/{}", self.picture.file)
    }
}

pub fn topic(slug: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| t.slug == slug)
}

use Part::*;

pub const TOPICS: &[Topic] = &[
    Topic {
        slug: "le-dmp",
        title: "Le DMP : ce que c'est, qui le lit",
        summary: "Un carnet de santé numérique, gratuit, que vous seul et les soignants que vous acceptez peuvent lire.",
        parts: &[
            Paragraph("Le Dossier Médical Partagé (DMP) est votre carnet de santé numérique. Il garde au même endroit vos comptes rendus d'hôpital, vos résultats d'analyses, vos ordonnances, vos vaccins et vos remboursements de soins."),
            Paragraph("Il est gratuit et il n'est pas obligatoire. Vous pouvez le fermer quand vous voulez. Vos remboursements ne changent pas, que vous ayez un DMP ou non."),
            Heading("Qui peut le lire ?"),
            List(&[
                "Vous, avec votre identifiant, votre mot de passe et un code reçu par e-mail ou SMS.",
                "Les professionnels de santé qui vous soignent, si vous les y autorisez. Chacun ne voit que ce qui concerne son métier.",
                "Votre médecin traitant, qui voit tout votre dossier.",
                "En urgence, un médecin peut le consulter sans votre accord, sauf si vous l'avez refusé.",
            ]),
            Paragraph("Votre employeur, votre banque, votre assurance et votre mutuelle ne peuvent jamais le lire. Chaque consultation est inscrite dans votre historique."),
        ],
        picture: Picture {
            file: "le-dmp.jpg",
            alt: "La page d'accueil du site du DMP, avec les boutons « Je crée mon DMP » et « J'accède à mon DMP ».",
        },
    },
    Topic {
        slug: "ce-qu-il-faut",
        title: "Ce qu'il faut avoir avec soi",
        summary: "Votre carte Vitale, un code de création (ou un guichet), et une adresse e-mail ou un numéro de mobile.",
        parts: &[
            List(&[
                "Votre carte Vitale : son numéro de série est imprimé dessus.",
                "Votre numéro de sécurité sociale : il est sur la carte Vitale, 13 chiffres et une clé de 2 chiffres.",
                "Le code de création de 12 caractères que l'Assurance Maladie vous a envoyé par courrier ou par e-mail. Vous ne l'avez pas ? Vous pouvez en demander un sur le site, ou vous rendre à un accueil de l'Assurance Maladie : l'agent crée votre DMP avec vous, sans code.",
                "Une adresse e-mail ou un numéro de téléphone mobile : c'est là que vous recevrez un code à chaque connexion. Un proche peut vous aider, mais ce code est le vôtre : ne le donnez à personne.",
            ]),
            Paragraph("Dans un atelier, l'animateur peut aussi vous donner une carte d'entraînement : une personne fictive, pour essayer sans rien risquer."),
        ],
        picture: Picture {
            file: "ce-qu-il-faut.jpg",
            alt: "L'étape 1 de la création du DMP : numéro de sécurité sociale, code de création, type et numéro de la carte Vitale.",
        },
    },
    Topic {
        slug: "ouvrir",
        title: "Ouvrir son DMP",
        summary: "Trois étapes, une dizaine de minutes.",
        parts: &[
            Steps(&[
                "Sur la page d'accueil, choisissez « Je crée mon DMP ».",
                "Étape 1 : saisissez votre numéro de sécurité sociale, votre code de création, le type de votre carte Vitale et son numéro de série.",
                "Étape 2 : vérifiez votre identité, donnez une adresse e-mail ou un numéro de mobile (deux fois, pour éviter les fautes de frappe), lisez et acceptez les conditions. Vous dites aussi si un médecin peut consulter votre DMP en urgence.",
                "Étape 3 : votre DMP est créé. Téléchargez ou imprimez le document des secrets : il contient votre identifiant et votre mot de passe de départ. Gardez-le en lieu sûr.",
            ]),
            Paragraph("Si la connexion internet coupe pendant une étape, revenez sur la page « Je crée mon DMP » dans le quart d'heure : vous reprenez où vous en étiez, et rien n'est créé deux fois."),
        ],
        picture: Picture {
            file: "ouvrir.jpg",
            alt: "L'étape 3 de la création : l'identité de la personne, son identifiant et son mot de passe de départ.",
        },
    },
    Topic {
        slug: "consulter",
        title: "Consulter son DMP",
        summary: "Identifiant, mot de passe, puis le code reçu par e-mail ou SMS.",
        parts: &[
            Steps(&[
                "Choisissez « J'accède à mon DMP ».",
                "Saisissez votre identifiant et votre mot de passe.",
                "Demandez votre code : il arrive par e-mail ou par SMS. Saisissez-le.",
                "La première fois, choisissez votre propre mot de passe.",
            ]),
            Paragraph("Votre dossier est rangé en neuf espaces : Synthèses, Traitements, Analyses, Imagerie, Comptes rendus, Prévention, Certificats, Données de remboursement et Espace personnel. Vos directives anticipées sont rangées à part. L'historique montre qui a consulté votre DMP, et quand."),
            Paragraph("Sur un ordinateur partagé, pensez à vous déconnecter en partant."),
        ],
        picture: Picture {
            file: "consulter.jpg",
            alt: "L'accueil d'un DMP : l'identité de la personne et ses espaces, Synthèses, Traitements, Analyses et les autres.",
        },
    },
    Topic {
        slug: "autoriser",
        title: "Autoriser ou bloquer un professionnel",
        summary: "Votre accord se donne au cabinet ; vous pouvez bloquer un professionnel à tout moment.",
        parts: &[
            Paragraph("Un professionnel de santé consulte votre DMP avec votre accord : vous le lui donnez au cabinet, à l'officine ou à l'hôpital, et il l'indique en ouvrant votre dossier avec sa carte. Votre médecin traitant a accès à tout votre dossier."),
            Paragraph("Dans « Professionnels autorisés ou bloqués », vous voyez qui a une place dans votre DMP. Vous pouvez bloquer un professionnel : il ne peut plus consulter votre DMP, même en urgence. Vous pouvez le débloquer ensuite."),
        ],
        picture: Picture {
            file: "autoriser.jpg",
            alt: "La page « Professionnels autorisés ou bloqués » d'un DMP.",
        },
    },
    Topic {
        slug: "masquer",
        title: "Masquer un document",
        summary: "Un document masqué n'est plus vu par les professionnels, sauf votre médecin traitant et son auteur.",
        parts: &[
            Steps(&[
                "Ouvrez l'espace du document, par exemple « Analyses ».",
                "À côté du document, choisissez « Masquer aux professionnels ».",
                "Un reçu est prêt à imprimer. Le document porte la mention « Masqué ».",
            ]),
            Paragraph("Vous le voyez toujours. Votre médecin traitant et le professionnel qui l'a déposé le voient aussi. Vous pouvez le démasquer à tout moment."),
        ],
        picture: Picture {
            file: "masquer.jpg",
            alt: "Les documents de l'espace « Analyses » d'un DMP : chacun a un bouton « Masquer aux professionnels ».",
        },
    },
    Topic {
        slug: "ce-que-deposent-les-professionnels",
        title: "Ce que les professionnels déposent",
        summary: "Comptes rendus, résultats, ordonnances, vaccins… et l'Assurance Maladie ajoute vos remboursements.",
        parts: &[
            List(&[
                "Votre médecin : la synthèse de votre santé (antécédents, allergies, traitements), ses comptes rendus, ses certificats.",
                "L'hôpital : les comptes rendus d'hospitalisation et d'opération, la lettre de sortie.",
                "Le laboratoire : vos résultats d'analyses. Le centre d'imagerie : les comptes rendus de radiologie.",
                "Le pharmacien : les médicaments délivrés, les vaccinations.",
                "L'Assurance Maladie : vos remboursements de soins des 24 derniers mois, puis au fil de l'eau.",
            ]),
            Paragraph("Vous êtes prévenu quand un document est ajouté ; vous pouvez changer ce réglage dans vos notifications. Vous pouvez aussi ajouter vos propres documents."),
        ],
        picture: Picture {
            file: "ce-que-deposent-les-professionnels.jpg",
            alt: "L'espace professionnel de santé : la connexion avec la carte du professionnel.",
        },
    },
    Topic {
        slug: "mineurs",
        title: "Les enfants et leurs représentants",
        summary: "Les parents ouvrent et consultent le DMP de leur enfant mineur ; à 18 ans, il devient le sien.",
        parts: &[
            Paragraph("Le DMP d'un enfant mineur est ouvert par l'un de ses représentants légaux (un parent, ou un tuteur), avec la carte Vitale sur laquelle l'enfant figure. Chacun des deux parents peut avoir son propre accès."),
            Paragraph("Un mineur peut demander au médecin de garder une consultation secrète : ses parents ne la verront pas dans le DMP."),
            Paragraph("À 18 ans, l'accès des parents prend fin. Le jeune reçoit un message ou un courrier pour prendre son DMP en main, ou le fermer s'il le souhaite."),
        ],
        picture: Picture {
            file: "mineurs.jpg",
            alt: "Une mère, représentante légale, choisit lequel des DMP de ses enfants consulter.",
        },
    },
    Topic {
        slug: "urgences",
        title: "En cas d'urgence",
        summary: "Vous choisissez si un médecin peut lire votre DMP quand vous ne pouvez pas donner votre accord.",
        parts: &[
            List(&[
                "Quand vous appelez le 15, le médecin régulateur du SAMU peut consulter votre DMP pendant l'appel pour mieux vous orienter.",
                "Si votre vie est en danger et que vous ne pouvez pas donner votre accord, par exemple inconscient aux urgences, un professionnel peut consulter votre DMP sans votre autorisation : c'est le « bris de glace ». Il doit en donner le motif, et vous êtes prévenu.",
            ]),
            Paragraph("Ces deux accès sont acceptés au départ. Vous pouvez refuser l'un ou l'autre à la création ou plus tard, dans « Accès en urgence » de votre DMP. Un professionnel que vous avez bloqué ne peut jamais consulter votre DMP, même en urgence."),
        ],
        picture: Picture {
            file: "urgences.jpg",
            alt: "La page « Accès en urgence » d'un DMP, avec les deux questions sur le SAMU et le bris de glace.",
        },
    },
];

/// Renders a topic's parts.
pub fn parts_view(parts: &'static [Part]) -> impl IntoView {
    parts
        .iter()
        .map(|p| match p {
            Part::Paragraph(t) => view! { <p>{*t}</p> }.into_any(),
            Part::Heading(t) => view! { <h3>{*t}</h3> }.into_any(),
            Part::Steps(items) => view! {
                <ol class="help__steps">{items.iter().map(|i| view! { <li>{*i}</li> }).collect_view()}</ol>
            }
            .into_any(),
            Part::List(items) => view! {
                <ul>{items.iter().map(|i| view! { <li>{*i}</li> }).collect_view()}</ul>
            }
            .into_any(),
        })
        .collect_view()
}
