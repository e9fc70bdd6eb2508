# workshop pages (issue 17).
## The facilitators' workshops (/atelier)
workshop-theme-discover = Le DMP : quoi, pourquoi, comment, droits et risques
workshop-theme-create = Créer et consulter son DMP
workshop-theme-professionals = Professionnels : alimenter le DMP de ses usagers
# A workshop whose theme is unknown.
workshop-theme-other = Atelier
workshop-reserved = Cet espace est réservé aux animateurs d'ateliers DMP des associations.
workshop-title = Ateliers DMP
workshop-none = Vous n'avez pas encore d'atelier.
workshop-mine = Mes ateliers
workshop-figures =
    { $expected ->
        [one] { $expected } participant attendu
       *[other] { $expected } participants attendus
    } · { $opened ->
        [one] { $opened } DMP ouvert pendant l'atelier
       *[other] { $opened } DMP ouverts pendant l'atelier
    }
workshop-ended = Atelier terminé.
workshop-device-in-use = Cet appareil est utilisé pour cet atelier : les DMP créés ici aujourd'hui lui sont rattachés.
workshop-device-release = Ne plus utiliser cet appareil pour l'atelier
workshop-device-use = Utiliser cet appareil pour cet atelier
workshop-not-today = Cet atelier n'a pas lieu aujourd'hui.
workshop-room-link = Voir la salle en direct
workshop-report-link = Télécharger le bilan de l'atelier (PDF)
workshop-end = Terminer l'atelier
workshop-practice-heading = Entraînement avec des personnes fictives
workshop-practice-figures =
    { $cards ->
        [one] { $cards } carte d'entraînement
       *[other] { $cards } cartes d'entraînement
    } · { $records ->
        [one] { $records } DMP d'entraînement ouvert
       *[other] { $records } DMP d'entraînement ouverts
    } avec { $cards ->
        [one] elle
       *[other] elles
    }
# $path: the address of the practice page, « /entrainement ».
workshop-practice-hint = Chaque participant saisit le code de sa carte sur la page { $path } : ses codes de connexion s'y affichent, rien n'est envoyé.
workshop-practice-print = Imprimer les cartes d'entraînement (PDF)
workshop-practice-destroy = Détruire les personnes d'entraînement
workshop-practice-count = Nombre de cartes d'entraînement (1 à 60)
workshop-practice-prepare = Préparer l'entraînement
workshop-new-heading = Créer un atelier
workshop-new-date = Date
workshop-new-place = Lieu
workshop-new-place-hint = Par exemple : Salle des fêtes, Plouha
workshop-new-association = Association
workshop-new-association-hint = Par exemple : Générations Mouvement des Côtes-d'Armor
workshop-new-theme = Thème
workshop-new-expected = Participants attendus
workshop-new-submit = Créer l'atelier
# $workshop: its date and place, « 22 novembre 2026, Plouha ».
workshop-of = Atelier du { $workshop }

## The room at a glance
workshop-room-title = La salle en direct
workshop-room-not-found = Cet atelier n'existe pas ou n'est pas le vôtre.
# $at: the time, « 14:32:05 ».
workshop-room-updated = Mis à jour à { $at } : la salle se met à jour toute seule toutes les { $seconds } secondes.
workshop-room-refresh = Actualiser maintenant
workshop-room-stuck = Bloqués depuis plus de deux minutes
# $step: one of the steps below.
workshop-room-stuck-card = Carte n° { $number } — { $step } (depuis { $minutes } min)
workshop-room-practice = Entraînement
workshop-room-no-cards = Pas de carte d'entraînement pour cet atelier.
workshop-room-caption =
    { $n ->
        [one] Où en est la carte d'entraînement
       *[other] Où en sont les { $n } cartes d'entraînement
    }
workshop-room-col-step = Étape
workshop-room-col-participants = Participants
workshop-room-step-not-started = Pas encore commencé
workshop-room-step-1 = Étape 1 : identification
workshop-room-step-2 = Étape 2 : informations et conditions
workshop-room-step-3 = Étape 3 : document des secrets
workshop-room-step-signed-in = Connecté à son DMP d'entraînement
workshop-room-step-masked = A masqué un document
workshop-room-real = DMP réels
workshop-room-opened =
    { $n ->
        [one] { $n } DMP ouvert pour de vrai pendant l'atelier.
       *[other] { $n } DMP ouverts pour de vrai pendant l'atelier.
    }
workshop-room-back = Retour à mes ateliers

## A participant's practice card (/entrainement)
workshop-practice-title = Entraînement au DMP
workshop-practice-intro = Pendant un atelier, l'animateur vous remet une carte d'entraînement : une personne fictive, pour essayer le DMP sans rien risquer. Rien de ce que vous ferez avec elle n'est réel, et aucun message ne part.
workshop-practice-code = Code de la carte
workshop-practice-code-hint = Les 12 caractères du cadre « Code de la carte », par exemple K7QP-3MZD-2XRT
workshop-practice-start = Commencer l'entraînement
workshop-practice-record-open = Le DMP d'entraînement de cette personne est ouvert. Connectez-vous avec l'identifiant et le mot de passe du document des secrets, puis le code reçu ci-dessous.
workshop-practice-sign-in = Me connecter au DMP d'entraînement
workshop-practice-create-text = Créez le DMP de cette personne avec les informations ci-dessus, comme vous le feriez avec votre propre carte Vitale.
workshop-practice-create = Créer le DMP d'entraînement
workshop-practice-card-number = Carte d'entraînement n° { $number }
# After the card's number, in bold.
workshop-practice-fictitious = — personne fictive. Rien de ce que vous faites ici n'est réel.
workshop-practice-name = Nom
workshop-practice-nir = N° de sécurité sociale
workshop-practice-card-with-photo = Carte Vitale avec photo
workshop-practice-card-without-photo = Carte Vitale sans photo
workshop-practice-creation-code = Code de création du DMP
workshop-practice-messages = Messages reçus
workshop-practice-messages-intro = Les e-mails et SMS que le DMP enverrait à cette personne arrivent ici, et nulle part ailleurs : vos codes de connexion par exemple.
workshop-practice-refresh = Actualiser les messages
workshop-practice-no-message = Aucun message pour l'instant.
workshop-practice-letter = Lire la lettre (PDF)
workshop-practice-channel-email = E-mail
workshop-practice-channel-sms = SMS
workshop-practice-channel-letter = Courrier
workshop-practice-leave = Quitter l'entraînement sur cet appareil

## The practice cards, printed for the facilitator (PDF)
# Also the document's title in its properties.
workshop-practice-pdf-meta = Cartes d'entraînement DMP
workshop-practice-pdf-title = Carte d'entraînement n° { $number } — personne fictive
# $date: « 22 novembre 2026 »; $place: « Salle des fêtes, Plouha ».
workshop-practice-pdf-workshop = Atelier DMP du { $date }, { $place }. Rien n'est réel : ni la personne, ni son DMP.
# $address: the practice page's address, « www.dmp.example/entrainement ».
workshop-practice-pdf-where = 1. Sur { $address }, code de la carte
# $card: workshop-practice-card-with-photo or -without-photo.
workshop-practice-pdf-serial = { $card }, numéro

## The workshop's report (PDF)
# Also the document's title in its properties.
workshop-report-pdf-title = Bilan d'atelier DMP
workshop-report-pdf-facilitator = Animateur
workshop-report-pdf-participation = Participation
workshop-report-pdf-opened = DMP ouverts pendant l'atelier
workshop-report-pdf-by-email = dont avec une adresse e-mail
workshop-report-pdf-minors = dont pour un enfant mineur
workshop-report-pdf-practice-cards = Cartes d'entraînement (personnes fictives)
workshop-report-pdf-practice-records = DMP d'entraînement ouverts avec elles
workshop-report-pdf-status = État
workshop-report-pdf-ended = atelier terminé
workshop-report-pdf-not-ended = atelier en cours ou à venir
workshop-report-pdf-only-numbers = Ce bilan ne contient que des nombres : aucune donnée personnelle des participants. Les DMP comptés sont ceux ouverts avec « Je crée mon DMP » sur un appareil rattaché à l'atelier le jour où il a eu lieu.

## Kiosk mode (/borne)
workshop-kiosk-title = Mode borne d'accueil
workshop-kiosk-intro = Réservé aux agents d'accueil : sur un appareil partagé, le mode borne agrandit le texte, désactive le remplissage automatique du navigateur et efface tout ce qui a été saisi après une période sans activité ou quand la personne a terminé.
workshop-kiosk-on = Cet appareil est en mode borne.
workshop-kiosk-off = Cet appareil n'est pas en mode borne.
workshop-kiosk-disable = Désactiver le mode borne
workshop-kiosk-enable = Activer le mode borne sur cet appareil
workshop-kiosk-enable-hint = Une fois le mode borne activé, vous êtes déconnecté : l'appareil est prêt pour le public.
workshop-kiosk-to-disable = Pour le désactiver, un agent d'accueil se connecte sur cet appareil.
workshop-kiosk-to-enable = Pour l'activer, un agent d'accueil se connecte sur cet appareil.
workshop-kiosk-sign-in = Me connecter comme agent d'accueil

## The demonstration outbox (/demo/messages)
workshop-outbox-title = Messages envoyés (démonstration)
workshop-outbox-heading = Messages envoyés
workshop-outbox-demo-only = Cette page n'existe qu'en mode démonstration.
workshop-outbox-intro = Mode démonstration : les e-mails, SMS et courriers envoyés par le portail sont affichés ici, les plus récents en premier. Les personnes de démonstration sont fictives.
workshop-outbox-none = Aucun message pour l'instant.
workshop-outbox-channel-email = E-mail
workshop-outbox-channel-sms = SMS
workshop-outbox-channel-letter = Courrier postal
# When a message was sent: « 22/11/2026 », « 18:04 ».
workshop-outbox-at = { $date } à { $time } (UTC)
workshop-outbox-attachment = Pièce jointe : { $name }
