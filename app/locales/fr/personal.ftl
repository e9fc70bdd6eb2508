# personal pages (issue 17).

## Mes informations personnelles: the summary
personal-title = Mes informations personnelles
personal-intro = Ces informations font partie de votre espace personnel. Les professionnels de santé qui ont accès à votre DMP peuvent les lire : elles les aident à vous soigner, surtout en urgence.
personal-missing = Non renseigné
# Said of the address (feminine in French).
personal-missing-address = Non renseignée
# The six subjects: headings of the summary and titles of their pages.
personal-subject-notes = Mes notes de santé
personal-subject-coordinates = Mes coordonnées
personal-subject-contacts = Personnes à prévenir en cas d'urgence
personal-subject-trusted = Ma personne de confiance
personal-subject-directives = Mes directives anticipées
personal-subject-organ = Don d'organes
# Followed by a link (personal-notes-where-link) to the space, then a full stop.
personal-notes-where = Ce que vous écrivez ici. Les documents que vous avez déposés sont dans l'espace
personal-notes-where-link = Espace personnel
personal-allergies = Allergies
personal-history = Antécédents
personal-operations = Opérations
personal-blood-group = Groupe sanguin
personal-free-note = Note libre
personal-edit-notes = Modifier mes notes de santé
personal-postal-address = Adresse postale
personal-phone = Téléphone
personal-edit-coordinates = Modifier mes coordonnées
personal-no-contacts = Aucune personne à prévenir pour l'instant.
personal-edit-contacts = Ajouter ou retirer une personne à prévenir
personal-no-trusted = Vous n'avez pas indiqué de personne de confiance.
personal-edit-trusted = Indiquer ou modifier ma personne de confiance
# $date: the day the directives were written (already written out).
personal-directives-written = Rédigées en ligne le { $date }.
personal-directives-read = Lire mes directives
personal-no-directives = Vous n'avez pas rédigé de directives anticipées en ligne.
personal-edit-directives = Rédiger mes directives anticipées
personal-edit-organ = Modifier mon choix
# Button; followed by the person's name for screen readers.
personal-remove = Retirer
# Confirmations after a change.
personal-done-notes = Vos notes de santé sont enregistrées.
personal-done-coordinates = Vos coordonnées sont enregistrées.
personal-done-contact-added = La personne à prévenir est ajoutée.
personal-done-contact-removed = La personne à prévenir est retirée.
personal-done-trusted = Votre personne de confiance est enregistrée.
personal-done-trusted-removed = Votre personne de confiance est retirée.
personal-done-directives = Vos directives anticipées sont enregistrées. Elles figurent aussi dans l'espace « Directives anticipées ».
personal-done-organ = Votre choix sur le don d'organes est enregistré.

## One page per subject
personal-not-found = Page introuvable
personal-back-summary = Retour à mes informations personnelles
personal-back = ← Mes informations personnelles
personal-notes-intro = Notez ce qu'un soignant doit savoir de vous. Tous les champs sont facultatifs.
personal-allergies-hint = Médicaments, aliments, produits… et ce qu'ils provoquent.
personal-history-hint = Maladies que vous avez eues ou avez, y compris dans votre famille proche.
personal-operations-hint = Avec leur année, si vous la connaissez.
personal-blood-group-unknown = Je ne sais pas
personal-save-notes = Enregistrer mes notes
personal-coordinates-intro = Votre adresse et votre téléphone, pour que les soignants puissent vous joindre. Tout est facultatif.
personal-address = Adresse (numéro et rue)
personal-postal-code = Code postal
personal-town = Commune
personal-phone-hint = Par exemple 01 23 45 67 89.
personal-save-coordinates = Enregistrer mes coordonnées
# $n: how many people to contact one may name, at most.
personal-contacts-intro = Les personnes que les soignants peuvent appeler si vous avez un accident ou un malaise. Vous pouvez en indiquer { $n } au plus.
personal-my-contacts = Mes personnes à prévenir
personal-add-contact = Ajouter une personne à prévenir
personal-contacts-full = Votre liste est complète : retirez une personne pour en ajouter une autre.
personal-add-contact-submit = Ajouter cette personne
personal-last-name = Nom
personal-first-name = Prénom
personal-relation = Lien avec vous
personal-relation-hint = Par exemple : fille, voisin, ami.
personal-person-phone-hint = Par exemple 06 12 34 56 78.
personal-trusted-intro = La personne de confiance vous accompagne dans vos démarches et vos rendez-vous médicaux si vous le souhaitez. Si un jour vous ne pouvez plus vous exprimer, les médecins la consulteront en premier : elle dira ce que vous auriez voulu. Ce peut être un proche, un parent ou votre médecin traitant.
personal-trusted-in-writing = Sa désignation se fait par écrit, signée par vous et par elle ; l'indiquer ici permet aux soignants de savoir qui elle est et comment la joindre.
personal-save-trusted = Enregistrer ma personne de confiance
personal-remove-trusted = Retirer ma personne de confiance
personal-directives-intro = Les directives anticipées disent ce que vous souhaitez pour la fin de votre vie, au cas où vous ne pourriez plus l'exprimer : poursuivre, limiter ou arrêter les traitements, être soulagé de la douleur… Les médecins doivent les respecter. Vous pouvez les modifier ou les supprimer à tout moment.
personal-directives-examples = Vous pouvez par exemple écrire :
personal-directives-example-1 = ce qui compte le plus pour vous ;
personal-directives-example-2 = les traitements que vous acceptez ou refusez (réanimation, respiration artificielle, alimentation par sonde…) ;
personal-directives-example-3 = où vous souhaitez être soigné, et qui vous souhaitez près de vous.
# $date: the day the current version was written (already written out).
personal-directives-current = Version actuelle rédigée le { $date }. En enregistrant, vous la remplacez.
personal-save-directives = Enregistrer mes directives
# Three pieces: text, link to the upload page, text.
personal-directives-paper = Vous les avez déjà écrites sur papier ?
personal-directives-paper-link = Déposez le document
personal-directives-paper-type = en choisissant le type « Directives anticipées ».
personal-organ-law = En France, la loi considère que chacun est donneur d'organes et de tissus après sa mort, sauf s'il a exprimé son refus. Votre choix indiqué ici informe les soignants et vos proches.
personal-organ-register = Pour que votre refus soit pris en compte à coup sûr, inscrivez-vous aussi au registre national des refus, tenu par l'Agence de la biomédecine.
personal-organ-choice = Mon choix
personal-organ-unsaid = Je ne souhaite pas l'indiquer
personal-organ-yes = Je suis favorable au don de mes organes et tissus après ma mort
personal-organ-no = Je refuse le prélèvement de mes organes et tissus après ma mort
personal-save-organ = Enregistrer mon choix

## Déposer un document
personal-upload-title = Déposer un document
personal-upload-intro = Ajoutez à votre DMP un document que vous avez (ordonnance, compte rendu, résultats…). Formats acceptés : PDF, JPEG ou PNG, 5 Mo au plus. Vous pourrez le supprimer à tout moment.
personal-upload-type = Type de document
personal-upload-choose = Choisissez
# $label: the document type; $space: the title of the space it goes to.
personal-upload-type-option = { $label } — espace { $space }
personal-upload-doc-title = Titre
personal-upload-date = Date du document
personal-upload-date-hint = Laissez vide pour la date du jour.
personal-upload-file = Fichier
personal-upload-file-hint = PDF, JPEG ou PNG, 5 Mo au plus.
personal-upload-submit = Déposer le document

## Télécharger mon DMP
personal-export-title = Télécharger mon DMP
personal-export-intro = Vous pouvez enregistrer une copie complète de votre DMP sur votre ordinateur, en un seul fichier compressé (ZIP). Il contient :
# $n: how many documents the archive holds.
personal-export-documents =
    { $n ->
        [0] vos documents (vous n'en avez aucun pour l'instant)
        [one] votre document
       *[other] vos { $n } documents
    }
# $documents: personal-export-documents. The names in « » are the archive's own.
personal-export-documents-item = { $documents }, rangés par espace, dans leur format d'origine (PDF, image ou texte) : dossier « documents » ;
personal-export-summary-item = une synthèse de votre DMP au format PDF (votre identité, la liste de vos documents et vos données de remboursement) : fichier « synthese.pdf » ;
personal-export-history-item = l'historique de tous les accès à votre DMP, à ouvrir avec un tableur : fichier « historique-des-acces.csv ».
personal-export-warning = Ce fichier contient vos données de santé : enregistrez-le dans un endroit sûr et ne le laissez pas sur un ordinateur partagé. Le téléchargement est inscrit dans l'historique des accès de votre DMP.
personal-export-kiosk = Sur une borne d'accueil, le téléchargement n'est pas proposé : l'appareil est partagé. Faites-le depuis votre ordinateur ou votre téléphone.
personal-export-download = Télécharger mon DMP (ZIP)
