# record pages (issue 17).
# What every page of the record shares (layout/record.rs).
record-idle-kiosk-title = Êtes-vous toujours là ?
record-idle-title = Votre session va bientôt expirer
# {n} is replaced by the seconds left, in the browser.
record-idle-kiosk-message = Par sécurité, vous serez déconnecté et l'écran effacé dans {"{"}n{"}"} secondes.
record-idle-message = Sans action de votre part, vous serez déconnecté dans {"{"}n{"}"} secondes.
record-idle-kiosk-button = Je continue
record-idle-button = Rester connecté
# Also the CSS class of that line.
record-whose = Vous lisez votre DMP ({ $name }).
record-whose-representative = Vous lisez le DMP de { $name }, en tant que représentant légal.
record-whose-representatives = Représentants légaux
record-whose-change = Changer de dossier
record-nav-reimbursements = Données de remboursement
record-nav-upload = Déposer un document
record-nav-personal = Mes informations personnelles
record-nav-professionals = Professionnels autorisés ou bloqués
record-nav-emergency = Accès en urgence
record-nav-export = Télécharger mon DMP
# The record's navigation, for screen readers (also its CSS class).
record-nav = Mon DMP
record-nav-home = Accueil de mon DMP
record-nav-history = Historique des accès
record-nav-notifications = Mes notifications
record-nav-manage = Gérer mon DMP
record-nav-close = Clôturer mon DMP
record-sign-out = Se déconnecter
record-sign-in-first = Pour consulter votre DMP, connectez-vous.
record-sign-in = Me connecter
# The right behind a professional's access: « Le … : Dr X, avec votre autorisation. »
record-right-authorisation = avec votre autorisation
record-right-gp = en tant que médecin traitant
record-right-break-glass = en urgence (bris de glace)
record-right-centre15 = par le SAMU–Centre 15
record-right-author = en tant qu'auteur du document
# The record's home.
record-home-title = Accueil de mon DMP
record-my-dmp = Mon DMP
record-period = Période
record-from = Du
record-to = Au
record-show = Afficher
record-documents-none = Aucun document
record-documents = { $n ->
    [one] { $n } document
   *[other] { $n } documents
}
record-child-dmp = DMP de l'enfant
record-representative-notice = Vous consultez le DMP de { $name } en tant que représentant légal. Certains documents peuvent rester confidentiels, à la demande de l'enfant.
record-holder = Titulaire
record-ins = INS
record-created-on = Créé le
record-latest = Derniers documents
record-latest-none = Aucun document pour l'instant. Vos professionnels de santé pourront en ajouter, et vous aussi.
record-spaces = Mes neuf espaces
record-reimbursement-lines = { $n ->
    [one] { $n } ligne de remboursement
   *[other] { $n } lignes de remboursement
}
record-directives-title = Mes directives anticipées
# Followed by a link to the space and its count.
record-directives-intro = Vos volontés sur les soins de fin de vie, pour le jour où vous ne pourriez plus les dire :
record-last-professional = Dernier accès d'un professionnel
# $at: « 22/11/2026 à 21:30 »; $how: one of the record-right-… texts.
record-access = Le { $at } : { $who }, { $how }.
record-no-professional = Aucun professionnel de santé n'a encore consulté votre DMP.
record-emergencies = Accès en urgence
record-access-reason = Le { $at } : { $who }, { $how } — motif : « { $reason } ».
# The spaces of a record (the access trace keeps the French).
record-space-syntheses = Synthèses
record-space-traitements = Traitements
record-space-analyses = Analyses
record-space-imagerie = Imagerie
record-space-comptes-rendus = Comptes rendus
record-space-prevention = Prévention
record-space-certificats = Certificats
record-space-remboursements = Données de remboursement
record-space-personnel = Espace personnel
record-space-directives = Directives anticipées
# A space's page and a document's page.
record-page-not-found = Page introuvable
record-col-date = Date
record-col-document = Document
record-col-type = Type
record-col-author = Auteur
record-col-professionals = Professionnels
record-by-you = Déposé par vous
record-masked = Masqué
record-space-caption = { $title } : { $n ->
    [one] { $n } document
   *[other] { $n } documents
}
# Followed by a link (record-space-personal-link).
record-space-personal-notice = Vos notes de santé, vos coordonnées, les personnes à prévenir, votre personne de confiance et votre choix sur le don d'organes :
record-space-personal-link = mes informations personnelles
record-space-directives-write = Rédiger mes directives anticipées en ligne
record-space-directives-or = ou
record-space-directives-upload = déposer un document
record-space-empty = Aucun document dans cet espace pour cette période.
record-space-count = { $n ->
    [one] { $n } document, du plus récent au plus ancien.
   *[other] { $n } documents, du plus récent au plus ancien.
}
record-pages = Pages
record-page-previous = Page précédente
record-page-of = Page { $page } sur { $pages }
record-page-next = Page suivante
record-document-not-found = Document introuvable
record-download = Télécharger
# The title of the frame (or the image's text) showing a document.
record-document-frame = Document : { $title }
record-open-pdf = Ouvrir le PDF en plein écran
record-delete-document = Supprimer ce document
# The access history: its actor filter.
record-history-who-default = Tout, sauf mes propres consultations
record-history-who-everyone = Tout le monde, moi compris
record-history-who-me = Moi
record-history-who-professionals = Les professionnels de santé
record-history-who-emergency = Les accès en urgence
record-history-who-insurer = L'Assurance Maladie
# Why an access was allowed.
record-why-insurer = Alimentation prévue par la loi (données de remboursement)
record-why-holder = Vous êtes titulaire du DMP
record-why-representative = Représentant légal
record-why-authorisation = Votre autorisation
record-why-gp = Médecin traitant DMP
record-why-author = Auteur du document
record-why-author-feeding = Auteur du document (alimenter le DMP ne demande pas d'autorisation)
record-why-break-glass = Bris de glace : urgence déclarée par le professionnel
record-why-centre15 = SAMU–Centre 15 : appel au médecin régulateur
record-history-date-error = Saisissez les dates sous la forme jj/mm/aaaa.
record-history-title = Historique des accès
record-history-intro = Chaque consultation et chaque action sur votre DMP est enregistrée ici : par vous, par les professionnels de santé, par l'Assurance Maladie. Cet historique ne peut être ni modifié ni effacé.
record-history-filter = Filtrer
record-history-who = Qui
record-history-empty = Aucune entrée pour ces critères.
record-history-count = { $n ->
    [one] { $n } entrée.
   *[other] { $n } entrées, de la plus récente à la plus ancienne.
}
record-history-caption = Historique des accès à votre DMP
record-history-what = Quoi
record-history-why = Pourquoi c'était permis
record-history-emergency = Accès en urgence
# Between an action and the document's link, spaces included.
record-history-document-colon = {" "}:{" "}
record-history-receipt = Imprimer le reçu (PDF)
record-history-reason = Motif : « { $reason } »
# « Mes notifications ».
record-notifications-title = Mes notifications
record-notifications-settings = Choisir ce que je reçois par e-mail ou par SMS, changer mon adresse e-mail ou mon mobile
record-notifications-none = Aucune notification pour l'instant.
# $at: « 22/11/2026 à 21:30 ».
record-notification-date = Le { $at }
# « Choisir un dossier ».
record-choose-title = Choisir un dossier
record-choose-heading = Quel DMP voulez-vous consulter ?
record-choose-intro = Votre compte vous donne accès à plusieurs dossiers. Vous pourrez changer de dossier à tout moment depuis l'accueil.
record-choose-representative = Le DMP de { $name }, dont je suis représentant légal
record-choose-own = Mon DMP ({ $name })
# $label: record-choose-representative or record-choose-own.
record-choose-open = Ouvrir : { $label }
record-choose-current = (dossier ouvert en ce moment)
# « Données de remboursement ».
record-remb-title = Données de remboursement
record-remb-none = Aucun remboursement sur cette période.
record-remb-caption = { $title } : { $n ->
    [one] { $n } ligne
   *[other] { $n } lignes
}
record-remb-intro = L'historique de vos soins remboursés par l'Assurance Maladie au cours des 24 derniers mois. La mention « H » signale un soin délivré à l'hôpital ou en clinique.
record-remb-print = Imprimer
record-remb-pharmacy = Pharmacie / fournitures
record-remb-date = Date
record-remb-label = Libellé
record-remb-substances = Principes actifs
record-remb-quantity = Quantité
# The column of care given in a hospital or clinic.
record-remb-h = H
record-remb-care = Soins médicaux et dentaires
record-remb-act = Acte
record-remb-coefficient = Coefficient
record-remb-speciality = Spécialité
record-remb-radiology = Radiologie
record-remb-ccam = Acte CCAM
record-remb-hospital = Hospitalisation
record-remb-admission = Date d'entrée
record-remb-days = Durée (jours)
record-remb-stay = Nature du séjour
record-remb-biology = Biologie
record-remb-nabm = Acte NABM
# The reimbursements period, when its dates cannot be read.
record-remb-from-invalid = La date de début n'est pas valide : choisissez un jour, par exemple 01/01/2026.
record-remb-to-invalid = La date de fin n'est pas valide : choisissez un jour, par exemple 31/12/2026.
record-remb-reversed = La date de début est après la date de fin : la période a été remise à l'endroit.
# The summary in the downloaded archive (synthese.pdf): its title, also
# the document's title in its properties. Its reimbursements reuse the
# record-remb-… words.
record-export-pdf-title = Synthèse de mon Dossier Médical Partagé
record-export-pdf-ins = Identifiant national de santé (INS)
record-export-pdf-created-on = Date de création du DMP
record-export-pdf-exported-on = Date de l'export
# $date: « 22 novembre 2026 »; $time: « 14:05 ».
record-export-pdf-date-time = { $date } à { $time }
record-export-pdf-documents = Documents : { $n ->
    [0] aucun
   *[other] { $n }
}
record-export-pdf-no-document = Aucun document dans votre DMP.
# Under a document's date and title; $visibility: record-export-pdf-masked or -visible.
record-export-pdf-document-kind = Type : { $type } ; auteur : { $author } ; { $visibility }.
record-export-pdf-masked = masqué aux professionnels
record-export-pdf-visible = visible des professionnels autorisés
# $name: the document's file in the archive (its own name, not translated).
record-export-pdf-document-file = Fichier : { $name }
record-export-pdf-reimbursements = Les soins remboursés par l'Assurance Maladie, du plus récent au plus ancien. La mention « H » signale un soin délivré à l'hôpital ou en clinique.
# $title: a family of reimbursements (record-remb-pharmacy…).
record-export-pdf-lines = { $title } : { $n ->
    [0] aucune ligne
    [one] { $n } ligne
   *[other] { $n } lignes
}
# A filled column of a reimbursement line and its value: « Quantité : 2 ».
record-export-pdf-cell = { $label } : { $value }
# Between the columns of a reimbursement line, spaces included.
record-export-pdf-cells-separator = {" ; "}
# Who looked, in the history, when it is not a professional.
record-history-actor-you = Vous
record-history-actor-insurer = Assurance Maladie
