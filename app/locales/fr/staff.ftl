# staff pages (issue 17).

## Sign-in, code and home of the staff area
staff-space = Espace du personnel
staff-elsewhere-open = Vous êtes connecté à l'espace du personnel.
staff-elsewhere-open-link = Aller à mon espace
staff-elsewhere-code = Il vous reste à saisir le code reçu par e-mail.
staff-elsewhere-code-link = Saisir mon code
staff-elsewhere-expired = Votre connexion a expiré ou n'a pas commencé.
staff-elsewhere-expired-link = Me connecter
staff-sign-in-title = Connexion – Espace du personnel
staff-sign-in-intro = Réservé aux agents de l'Assurance Maladie et de ses partenaires (accueil, ateliers, statistiques). Un code à usage unique vous sera envoyé par e-mail.
staff-sign-in-login = Identifiant professionnel
staff-sign-in-password = Mot de passe
staff-sign-in-submit = Se connecter
# Followed by a link (staff-sign-in-patient-link).
staff-sign-in-patient = Vous êtes patient ?
staff-sign-in-patient-link = Accéder à mon DMP
staff-code-title = Code de connexion – Espace du personnel
staff-code-heading = Mon code de connexion
staff-code-sent = Un code à 6 chiffres a été envoyé à votre adresse e-mail professionnelle. Il est valable 10 minutes.
staff-code-outbox = Voir les messages envoyés (démonstration, nouvel onglet)
staff-code-label = Code reçu
staff-code-hint = Les 6 chiffres du dernier message reçu.
staff-code-submit = Valider
staff-code-no-message = Pas de message après quelques minutes ? Vérifiez vos courriers indésirables, ou :
staff-code-resend = Recevoir un nouveau code
staff-home-signed-in = Connecté
staff-home-role = Rôle
staff-home-place = Lieu
staff-home-desk = Ouvrir la console d'accueil
staff-home-workshops = Ouvrir l'espace des ateliers
staff-home-statistics = Voir les statistiques des DMP
staff-home-traced = Tout ce que vous faites dans cet espace est enregistré avec votre identité.
staff-home-sign-out = Se déconnecter

## Staff roles, and a staff page reached by someone it is not for
staff-role-agent = Agent d'accueil
staff-role-facilitator = Animateur d'ateliers
staff-role-statistician = Statisticien
staff-role-administrator = Administrateur
staff-sign-in-link = Me connecter à l'espace du personnel
# After the sentence saying whom the page is for; the role is a staff-role-… text.
staff-signed-in-as = Vous êtes connecté en tant que : { $role }.
staff-back-home = Retour à mon espace

## The reception desk's console
staff-desk-title = Console d'accueil
staff-desk-reserved = Cette console est réservée aux agents d'accueil de l'Assurance Maladie.
staff-desk-kiosk = Borne en accueil assisté : la console se ferme seule après un temps sans activité.
staff-desk-idle-title = Êtes-vous toujours là ?
# {n} (written {"{"}n{"}"}) is replaced by the browser with the seconds left.
staff-desk-idle-message = Par sécurité, la console d'accueil se fermera dans {"{"}n{"}"} secondes.
staff-desk-idle-button = Je continue
staff-desk-identify = Identifier la personne
staff-desk-identify-intro = Avec la carte Vitale que la personne vous présente : pas de code de création au guichet.
staff-desk-presence = La personne (ou son représentant légal) est devant moi avec sa carte Vitale.
staff-desk-served = Personne identifiée
staff-desk-name = Nom
staff-desk-birth-date = Date de naissance
# After the date of birth.
staff-desk-minor = (mineur)
staff-desk-nir = Numéro de sécurité sociale
staff-desk-record = DMP
staff-desk-access = Accès
staff-desk-record-none = N'a pas encore de DMP.
staff-desk-record-closed = DMP clôturé le { $date }.
staff-desk-record-open = A un DMP, ouvert le { $date }.
staff-desk-account-none = Aucun accès internet (ni e-mail ni mobile).
# A masked e-mail address or mobile number, then the list of them.
staff-desk-account-email = e-mail { $email }
staff-desk-account-mobile = mobile { $mobile }
staff-desk-account = Accès internet : { $channels }.
staff-desk-next = Personne suivante
staff-desk-handover-ready = Données de connexion prêtes. Identifiant : { $login }. Imprimez le document des secrets et remettez-le : le mot de passe initial n'apparaît que sur ce document.
# The name of the legal representative or guardian whose connection data these are.
staff-desk-handover-ready-for = Données de connexion prêtes pour { $name }. Identifiant : { $login }. Imprimez le document des secrets et remettez-le : le mot de passe initial n'apparaît que sur ce document.
staff-desk-handover-expired = Le document des secrets n'est plus disponible (15 minutes passées ou serveur redémarré) : remettez de nouvelles données de connexion.
staff-desk-handover-no-account = DMP créé sans accès internet : les professionnels de santé que la personne consulte peuvent l'utiliser. Remettez-lui le document de création ; elle pourra revenir avec une adresse e-mail ou un numéro de mobile pour recevoir ses données de connexion.
staff-desk-secrets-pdf = Télécharger le document des secrets (PDF)
staff-desk-questions = Créer le DMP : les trois questions
staff-desk-questions-intro = Posez ces questions à la personne, ou à son représentant légal, et notez ses réponses.
staff-desk-create = Créer le DMP
staff-desk-credentials = Remettre de nouvelles données de connexion
staff-desk-credentials-intro = Un nouvel identifiant n'est pas créé : la personne garde le sien et reçoit un mot de passe provisoire sur le document des secrets ; l'ancien ne fonctionne plus.
staff-desk-credentials-for = Pour qui ?
staff-desk-credentials-self = La personne elle-même
staff-desk-credentials-contact = Ajouter ou changer un moyen de contact (facultatif si elle en a déjà un)
staff-desk-representatives = Représentants légaux
staff-desk-representatives-add = Enregistrer un représentant légal
staff-desk-guardianship = Tutelle
staff-desk-guardianship-add = Enregistrer un tuteur (personne sous tutelle)
staff-desk-representatives-none = Aucun représentant légal ni tuteur n'a accès à ce DMP.
# In a list, in brackets after the guardian's name (lower case).
staff-desk-guardian = tuteur
staff-desk-representative-end = Mettre fin à son accès
staff-desk-representative-intro = Il aura ses propres données de connexion, remises sur le document des secrets, et recevra ses codes sur son adresse e-mail ou son mobile.
staff-desk-relation = Lien avec l'enfant
staff-desk-relation-choose = Choisissez
staff-desk-rep-birth-name = Nom de naissance
staff-desk-rep-first-name = Prénom
staff-desk-rep-email = Son adresse e-mail
staff-desk-rep-mobile = Son téléphone mobile
staff-desk-proof-minor = J'ai vu le livret de famille ou le jugement qui établit ce lien.
staff-desk-proof-guardianship = J'ai vu le jugement de tutelle qui désigne cette personne.
staff-desk-close = Clôturer le DMP
staff-desk-close-summary = La personne demande la clôture de son DMP
staff-desk-close-explain = Expliquez-lui qu'une fois clôturé, plus personne, ni elle ni les professionnels de santé, ne peut le consulter ni l'alimenter ; ses directives anticipées n'y sont plus accessibles ; il est archivé 10 ans puis détruit ; elle peut le rouvrir pendant ces 10 ans.
staff-desk-close-confirm = La personne, présente, demande la clôture de son DMP ; je lui en ai expliqué les conséquences.
# The desk's document des secrets asked for when there is none to print.
staff-desk-pdf-gone = Document indisponible
staff-desk-pdf-gone-text = Le document des secrets n'est imprimable que par l'agent qui a remis les données de connexion, pendant 15 minutes. Au-delà, remettez de nouvelles données de connexion depuis la console d'accueil.
staff-desk-pdf-gone-back = Retour à la console d'accueil

## Statistics
staff-stats-title = Statistiques des DMP
staff-stats-reserved = Les statistiques sont réservées aux statisticiens de l'Assurance Maladie.
# The statistics' CSV file asked for by someone else (followed by staff-sign-in-link).
staff-stats-refused = Accès refusé
staff-stats-refused-text = Les statistiques sont réservées aux statisticiens de l'Assurance Maladie, connectés à l'espace du personnel.
staff-stats-period = Période
staff-stats-from = Du
staff-stats-to = Au
staff-stats-step = Regrouper
staff-stats-step-day = Par jour
staff-stats-step-week = Par semaine
staff-stats-step-month = Par mois
staff-stats-show = Afficher
# A wrong part of the period asked for, replaced by its default.
staff-stats-notice-end = La date de fin n'est pas une date : aujourd'hui est utilisé.
staff-stats-notice-start = La date de début n'est pas une date : les { $n } jours précédents sont utilisés.
staff-stats-notice-order = La date de début était après la date de fin : les { $n } jours précédents sont utilisés.
staff-stats-notice-too-long = Une période compte au plus trois ans : son début a été rapproché.
staff-stats-summary = En bref
staff-stats-created = DMP créés
staff-stats-fed-by-professional = Alimentés par un professionnel de santé
staff-stats-fed-by-insurer = Alimentés par l'Assurance Maladie (remboursements)
# A share, from 0 to 100.
staff-stats-percent = { $n } %
staff-stats-csv = Télécharger ces chiffres (CSV, par jour, département et canal)
staff-stats-hint = Un DMP est « alimenté » quand un professionnel de santé y a déposé au moins un document. Aucune donnée personnelle n'apparaît dans ces statistiques.
staff-stats-by-day = DMP créés, par jour
staff-stats-by-week = DMP créés, par semaine
staff-stats-by-month = DMP créés, par mois
staff-stats-by-channel = DMP créés par canal
staff-stats-by-department = DMP créés par département
staff-stats-channel = Canal
staff-stats-department = Département
# For screen readers: a chart's title and its total.
staff-stats-chart-description = { $title } : { $total } au total ; le détail est dans le tableau qui suit.
# The top of a chart's scale.
staff-stats-max = max. { $n }
staff-stats-legend-created = DMP créés
staff-stats-legend-fed = dont alimentés par un professionnel
staff-stats-fed = Alimentés
staff-stats-fed-share = Part alimentée
staff-stats-funnel = Parcours de création en ligne et en borne
staff-stats-funnel-caption = Étapes atteintes sur la période
staff-stats-funnel-started = Étape 1 commencée
staff-stats-funnel-identified = Étape 2 (identifiés)
staff-stats-funnel-abandoned = Abandons
staff-stats-funnel-expired = Expirations
# A week's column: these words, then the day and the month of its Monday
# (« sem. du 30 nov. »); under the chart's column only the date is shown.
staff-stats-week-of = sem. du
# The months, short, in the columns' names (« 5 déc. », « déc. 2026 »).
staff-stats-month-1 = janv.
staff-stats-month-2 = févr.
staff-stats-month-3 = mars
staff-stats-month-4 = avr.
staff-stats-month-5 = mai
staff-stats-month-6 = juin
staff-stats-month-7 = juil.
staff-stats-month-8 = août
staff-stats-month-9 = sept.
staff-stats-month-10 = oct.
staff-stats-month-11 = nov.
staff-stats-month-12 = déc.
# How a DMP was created: where the person opened it, or who for them.
staff-channel-web = Internet
staff-channel-kiosk = Borne en accueil
staff-channel-desk = Agent d'accueil
staff-channel-pharmacy = Pharmacie
staff-channel-professional = Professionnel de santé
staff-channel-workshop = Atelier d'association
# Where a statistician works, when only the département is known.
staff-department = Département { $department }
