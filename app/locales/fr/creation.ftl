# « Je crée mon DMP »: the three steps, the code request, the forgotten
# connection data. Keys ending in -easy are the easy-to-read (FALC)
# versions, shown with « Facile à lire ».
creation-heading = Je crée mon DMP
creation-title-1 = Je crée mon DMP – Étape 1 sur 3 : je m'identifie
creation-title-2 = Je crée mon DMP – Étape 2 sur 3 : mes informations personnelles
creation-title-3 = Mes données de connexion au DMP
creation-kiosk = Borne d'accueil : vos informations sont effacées dès que vous avez terminé.
creation-resume = Vous avez une démarche de création en cours.
creation-resume-2 = Reprendre à l'étape 2
creation-see-credentials = Voir mes données de connexion
creation-sign-in = J'accède à mon DMP
creation-reopen = Rouvrir mon DMP
creation-outbox = Voir les messages envoyés (démonstration)

## Step 1
creation-identify = Je m'identifie
creation-identify-intro = Munissez-vous de votre carte Vitale et du code de création reçu par courrier ou par e-mail. Tous les champs sont obligatoires.
creation-identify-intro-easy =
    Prenez votre carte Vitale.
    Prenez aussi votre code de création : l'Assurance Maladie vous a envoyé ce code par courrier ou par e-mail.
    Remplissez toutes les cases.
creation-nir-hint = Les 15 caractères inscrits sur votre carte Vitale, clé comprise. Les espaces sont acceptés. Exemple : 2 90 01 75 123 456 05.
creation-nir-hint-easy =
    C'est le numéro écrit sur votre carte Vitale.
    Il a 15 chiffres.
    Par exemple : 2 90 01 75 123 456 05.
creation-no-code = Je n'ai pas de code de création
creation-continue = Continuer
creation-abandon = Abandonner
creation-abandon-warning = Tout ce que vous avez saisi sera effacé, et la création de votre DMP arrêtée.
creation-abandon-confirm = Oui, abandonner

## The code request
creation-code-request-intro = Indiquez votre numéro de sécurité sociale et le numéro de série de votre carte Vitale. Un nouveau code vous sera envoyé par e-mail, ou par courrier à l'adresse connue de l'Assurance Maladie. Il remplace tout code reçu auparavant.
creation-code-request-intro-easy =
    Vous n'avez pas le code de création ?
    Vous pouvez demander un nouveau code.
    Écrivez le numéro de votre carte Vitale et son numéro de série.
    Vous recevez le nouveau code par e-mail ou par courrier.
    L'ancien code ne marche plus.
creation-code-request-send = Recevoir un nouveau code
creation-code-request-back = Retour à l'identification

## Step 2
creation-not-here-created = Votre DMP est déjà créé.
creation-not-here = Pour continuer, identifiez-vous d'abord avec votre carte Vitale et votre code de création.
creation-go-step-1 = Aller à l'étape 1 : je m'identifie
creation-informations = Je saisis mes informations personnelles
creation-identity-child = Identité de l'enfant
creation-identity-own = Votre identité
creation-birth-name = Nom de naissance
creation-usage-name = Nom d'usage
creation-first-names = Prénom(s)
creation-birth-date = Date de naissance
creation-identity-check = Ces informations viennent de l'Assurance Maladie. Si elles sont inexactes, n'allez pas plus loin et contactez votre caisse au 36 46.
creation-identity-check-easy =
    L'Assurance Maladie a écrit ces informations.
    Vérifiez-les.
    Il y a une erreur ?
    Arrêtez-vous ici et appelez le 36 46.
creation-contact = Pour recevoir votre code de connexion
creation-contact-hint = À chaque connexion, un code à usage unique vous est envoyé par e-mail ou par SMS. Indiquez au moins une adresse e-mail ou un numéro de mobile, et saisissez-le deux fois.
creation-contact-hint-easy =
    Chaque fois que vous ouvrez votre DMP, vous recevez un code.
    Ce code arrive par e-mail, ou par SMS sur votre téléphone portable.
    Écrivez votre adresse e-mail, ou votre numéro de portable, ou les deux.
    Écrivez chacun 2 fois, pour éviter les erreurs.
creation-email = Adresse e-mail
creation-email-hint = Par exemple prenom.nom@exemple.fr
creation-email-confirm = Confirmez l'adresse e-mail
creation-mobile = Téléphone mobile
creation-mobile-hint = 10 chiffres, commençant par 06 ou 07. Par exemple 06 12 34 56 78
creation-mobile-confirm = Confirmez le téléphone mobile
creation-emergency = L'accès à votre DMP en cas d'urgence
creation-emergency-hint = Ces deux accès sont autorisés sauf si vous décochez la case. Vous pourrez changer d'avis à tout moment dans « Accès en urgence » de votre DMP. Chaque accès en urgence est enregistré et vous en êtes informé.
creation-emergency-hint-easy =
    En cas d'urgence, un médecin peut avoir besoin de lire votre DMP.
    Vous êtes d'accord ?
    Laissez les cases cochées.
    Vous n'êtes pas d'accord ?
    Enlevez la coche.
    Vous pourrez changer d'avis plus tard, dans « Accès en urgence ».
creation-samu = J'autorise le médecin du SAMU – Centre 15
creation-samu-rest = à consulter mon DMP pendant un appel d'urgence me concernant.
creation-samu-rest-easy = : quand on appelle le 15 pour moi, le médecin du 15 peut lire mon DMP.
creation-bris-de-glace = J'autorise l'accès « bris de glace »
creation-bris-de-glace-rest = : si ma vie est en danger et que je ne peux pas donner mon accord, tout professionnel de santé qui me soigne peut consulter mon DMP.
creation-bris-de-glace-rest-easy = : si ma vie est en danger et que je ne peux pas parler, le médecin qui me soigne peut lire mon DMP.
creation-representative = Le représentant légal de l'enfant
creation-representative-hint = Le DMP d'un enfant mineur est créé avec l'accord de son représentant légal, qui pourra le consulter.
creation-representative-hint-easy =
    L'enfant a moins de 18 ans.
    Son parent, ou la personne responsable de lui, doit être d'accord.
    Cette personne pourra lire le DMP de l'enfant.
creation-relation = Lien avec l'enfant
creation-choose = Choisissez
creation-rep-name = Nom du représentant légal
creation-rep-first-name = Prénom du représentant légal
creation-terms = Conditions Générales d'Utilisation
creation-terms-read = Lire les Conditions Générales d'Utilisation
creation-terms-pdf = Télécharger les Conditions Générales d'Utilisation (PDF, nouvel onglet)
# Shown in easy reading above the full terms.
creation-terms-summary = En bref
creation-terms-summary-1 = Votre DMP garde vos documents de santé.
creation-terms-summary-2 = Vous choisissez qui peut le lire.
creation-terms-summary-3 = Vous pouvez le fermer quand vous voulez.
creation-terms-summary-4 = Le texte complet est juste en dessous.
creation-accept = J'accepte les Conditions Générales d'Utilisation du DMP et je consens (ou mon représentant légal) à la création de mon DMP et du compte d'accès associé
creation-accept-easy = J'ai lu les règles du DMP. Je suis d'accord. Je veux créer mon DMP.
creation-validate = Valider

## Step 3
creation-renewed-heading = Mes nouvelles données de connexion
creation-renewed = Vos données de connexion sont renouvelées
creation-renewed-text = L'ancien mot de passe ne fonctionne plus. Un message vous prévient sur vos moyens de contact.
creation-created = Votre DMP est créé
creation-acknowledgement-email = Un accusé de réception vous est envoyé par e-mail.
creation-acknowledgement-post = Un accusé de réception vous est envoyé par courrier.
creation-my-credentials = Mes données de connexion
creation-holder = Titulaire
creation-created-on = Date de création
creation-ins = Identifiant national de santé (INS)
creation-login = Identifiant de connexion
creation-initial-password = Mot de passe initial
creation-no-longer-shown = n'est plus affiché
creation-for-professionals = Pour les professionnels de santé
creation-insc = Numéro INS calculé (ancien format, demandé par certains logiciels) :
creation-note-now = Notez ou imprimez ces informations maintenant.
creation-note-now-rest = Pour votre sécurité, le mot de passe initial ne sera plus affiché une fois cette démarche terminée (15 minutes au plus). Il ne sert qu'à votre première connexion : vous choisirez alors votre propre mot de passe.
creation-note-now-rest-easy =
    Vous en avez besoin pour ouvrir votre DMP.
    Après, le mot de passe ne s'affiche plus.
    Vous choisirez votre mot de passe à vous la première fois que vous ouvrez votre DMP.
creation-download = Télécharger le document des secrets (PDF)
creation-print = Imprimer cette page
creation-password-gone = Le mot de passe initial n'est plus affiché. Si vous ne l'avez pas noté, choisissez « Identifiant ou mot de passe oublié » sur la page de connexion pour en recevoir un nouveau.
creation-finish = Terminer
creation-finish-warning = Après cela, votre mot de passe initial ne sera plus affiché. L'avez-vous noté, imprimé ou téléchargé ?
creation-finish-confirm = Oui, je l'ai noté : terminer
creation-finished = Cette démarche de création est terminée.

## On a kiosk, after a while without a touch
creation-idle-title = Êtes-vous toujours là ?
creation-idle-message = Par sécurité, les informations saisies seront effacées dans {"{"}n{"}"} secondes.
creation-idle-button = Je continue

## Forgotten connection data
creation-forgotten = Identifiant ou mot de passe oublié
creation-forgotten-intro = Identifiez-vous comme lors de la création de votre DMP : avec votre carte Vitale et un code de création. Vous obtiendrez aussitôt votre identifiant et un nouveau mot de passe, à noter ou imprimer ; l'ancien mot de passe ne fonctionnera plus.
creation-forgotten-intro-easy =
    Vous avez oublié votre identifiant ou votre mot de passe ?
    Prenez votre carte Vitale et votre code de création.
    Remplissez les cases.
    Vous recevez tout de suite un nouveau mot de passe.
    Notez-le.
    L'ancien mot de passe ne marche plus.
creation-forgotten-send = Recevoir de nouvelles données de connexion

## The document des secrets (PDF)
creation-pdf-title = Document des secrets de votre Dossier Médical Partagé
creation-pdf-meta = Document des secrets – Dossier Médical Partagé
creation-pdf-keep = Ce document contient les données de connexion à votre DMP. Gardez-le en lieu sûr et ne le communiquez à personne : ni l'Assurance Maladie ni un professionnel de santé ne vous demanderont jamais votre mot de passe.
creation-pdf-holder = Titulaire
creation-pdf-created-on = Date de création du DMP
creation-pdf-ins = Identifiant national de santé (INS)
creation-pdf-data-of = Données de connexion de
creation-pdf-representative = { $name }, représentant légal
creation-pdf-yours = Vos données de connexion
creation-pdf-login = Identifiant de connexion
creation-pdf-password = Mot de passe initial
creation-pdf-copy = Recopiez-le exactement : les majuscules et les minuscules comptent. Il n'est valable que pour votre première connexion : vous choisirez alors votre propre mot de passe.
creation-pdf-how = Pour vous connecter
creation-pdf-step-1 = 1. Allez sur { $site } et choisissez « J'accède à mon DMP ».
creation-pdf-step-2 = 2. Saisissez votre identifiant et votre mot de passe.
creation-pdf-step-3 = 3. Saisissez le code à 6 chiffres reçu par SMS ou par e-mail.
creation-pdf-offline = Votre DMP sans accès internet
creation-pdf-offline-1 = Votre DMP a été créé sans adresse e-mail ni numéro de mobile : les professionnels de santé que vous consultez peuvent l'alimenter et, avec votre accord, le consulter.
creation-pdf-offline-2 = Pour le consulter vous-même sur internet, présentez-vous à un accueil de l'Assurance Maladie avec votre carte Vitale et une adresse e-mail ou un numéro de mobile : vos données de connexion vous seront remises.
creation-pdf-professionals = Pour les professionnels de santé seulement :
creation-pdf-insc = Numéro INS calculé (ancien format)
creation-pdf-file = document-des-secrets-dmp.pdf
creation-pdf-gone = Document indisponible
creation-pdf-gone-text = Le document des secrets n'est disponible que pendant la création du DMP, 15 minutes au plus. Si vous ne l'avez pas enregistré, choisissez « Identifiant ou mot de passe oublié » sur la page de connexion.
creation-pdf-gone-home = Retour à l'accueil
