# What every form shares: the creation steps, the error summary, fields.
forms-loading = Chargement…
forms-required = (obligatoire)
# Read by screen readers before a field's error.
forms-error-prefix = Erreur :
forms-summary-one = Une information est à corriger
forms-summary-many = { $n } informations sont à corriger
forms-steps = Étapes de la création du DMP
forms-step-count = Étape { $n } sur 3
forms-step-1 = Je m'identifie
forms-step-2 = Je saisis mes informations personnelles
forms-step-3 = J'obtiens les données de connexion à mon DMP
forms-step-done = (terminée)
forms-step-current = (en cours)
forms-step-to-come = (à venir)
# The four fields that prove who someone is (step 1, forgotten password, reopening).
forms-nir = Numéro de sécurité sociale
forms-nir-hint = Les 15 caractères inscrits sur votre carte Vitale, clé comprise. Les espaces sont acceptés.
forms-nir-hint-easy =
    C'est le numéro écrit sur votre carte Vitale.
    Il a 15 chiffres.
forms-code = Code de création
forms-code-hint = Les 12 caractères reçus par courrier ou par e-mail, par exemple ABCD-2345-6789. Tirets et espaces acceptés.
forms-code-hint-easy =
    L'Assurance Maladie vous a envoyé ce code par courrier ou par e-mail.
    Il a 12 lettres et chiffres.
    Par exemple : ABCD-2345-6789.
forms-card-type = Type de carte Vitale
forms-card-type-hint = Le numéro de série n'est pas au même endroit sur les deux cartes.
forms-card-type-hint-easy =
    Regardez votre carte Vitale.
    Est-ce qu'il y a votre photo dessus ?
forms-card-with-photo = Carte Vitale avec photo
forms-card-without-photo = Carte Vitale sans photo
forms-serial = Numéro de série de la carte Vitale
# The same place as the pictures of the cards show (issue 17).
forms-serial-hint = Carte avec photo : au recto, en haut à droite, juste à gauche de la photo (les 11 derniers chiffres). Carte sans photo : au verso (8 à 13 chiffres). Espaces acceptés. Numéro illisible : appelez le 36 46.
forms-serial-hint-easy =
    C'est un autre numéro sur votre carte Vitale.
    Carte avec photo : il est devant, en haut, juste à gauche de la photo.
    Carte sans photo : il est derrière la carte.
    Vous ne pouvez pas le lire ?
    Appelez le 36 46.
forms-serial-with-photo = Carte avec photo : le numéro de série est au recto, en haut à droite, juste à gauche de la photo (les 11 derniers chiffres).
forms-serial-without-photo = Carte sans photo : le numéro de série est au verso (8 à 13 chiffres).
# A legal representative's relation to the child.
forms-relation-mother = Mère
forms-relation-father = Père
forms-relation-stepmother = Belle-mère
forms-relation-stepfather = Beau-père
forms-relation-grandmother = Grand-mère
forms-relation-grandfather = Grand-père
forms-relation-great-grandmother = Arrière-grand-mère
forms-relation-great-grandfather = Arrière-grand-père
forms-relation-aunt = Tante
forms-relation-uncle = Oncle
forms-relation-sister = Sœur
forms-relation-brother = Frère
forms-relation-other = Autre représentant légal (tuteur…)
forms-relation-any = Représentant légal
