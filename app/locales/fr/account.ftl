# « J'accède à mon DMP »: signing in, the one-time code, the first
# password. Keys ending in -easy are the easy-to-read (FALC) versions.
account-heading = J'accède à mon DMP
account-signed-in = Vous êtes connecté à votre DMP.
account-go-record = Accéder à mon DMP
account-code-left = Il vous reste à saisir le code reçu.
account-enter-code = Saisir mon code
account-password-left = Il vous reste à choisir votre mot de passe.
account-choose-password = Choisir mon mot de passe
account-expired = Votre connexion a expiré ou n'a pas commencé.
account-sign-in-again = Me connecter
account-intro = Saisissez l'identifiant et le mot de passe de votre document des secrets. Un code à usage unique vous sera ensuite envoyé par e-mail ou par SMS.
account-intro-easy =
    Vous avez reçu un papier quand vous avez créé votre DMP.
    Ce papier s'appelle « document des secrets ».
    Écrivez l'identifiant et le mot de passe de ce papier.
    Ensuite, vous recevez un code par e-mail ou par SMS.
account-login = Identifiant de connexion
account-login-hint-easy =
    Il est écrit sur votre document des secrets.
    Par exemple : marieleroy.
account-password = Mot de passe
account-password-hint-easy = Attention aux majuscules et aux minuscules : A et a, ce n'est pas pareil.
account-submit = Se connecter
account-forgotten = Identifiant ou mot de passe oublié
account-no-dmp = Je n'ai pas encore de DMP : je le crée
account-invitation = J'ai reçu un code de représentant légal

## The one-time code
account-code-title = Code de connexion – J'accède à mon DMP
account-code-heading = Mon code de connexion
account-by-email = par e-mail ({ $to })
account-by-sms = par SMS ({ $to })
account-code-sent = Un code à 6 chiffres vous a été envoyé { $to }. Il est valable 10 minutes.
account-code-sent-easy =
    Nous vous avons envoyé un code { $to }.
    Le code a 6 chiffres.
    Écrivez ce code dans la case.
    Faites-le dans les 10 minutes.
account-outbox = Voir les messages envoyés (démonstration, nouvel onglet)
account-code-new-by = Recevoir un nouveau code par
account-code-get = Recevoir mon code
account-code-get-hint-easy = Choisissez où vous voulez recevoir le code : sur votre e-mail ou sur votre téléphone portable.
account-code-new = Recevoir un nouveau code
account-code = Code reçu
account-code-hint = Les 6 chiffres du dernier message reçu.
account-code-hint-easy =
    Écrivez les 6 chiffres du message.
    Si vous avez plusieurs messages, prenez le dernier.
account-validate = Valider
account-no-message = Pas de message ?
account-no-message-text = Attendez quelques minutes et vérifiez vos courriers indésirables. Sinon, demandez un nouveau code : celui que vous avez reçu ne marchera plus.
account-no-message-text-easy =
    Attendez quelques minutes.
    Regardez aussi dans les courriers indésirables (les spams).
    Toujours rien ?
    Demandez un nouveau code.
    Attention : l'ancien code ne marche plus.

## The first password
account-password-title = Mon mot de passe – J'accède à mon DMP
account-password-heading = Je choisis mon mot de passe
account-password-intro = C'est votre première connexion : choisissez votre propre mot de passe. Le mot de passe initial ne fonctionnera plus.
account-password-intro-easy =
    C'est la première fois que vous ouvrez votre DMP.
    Choisissez votre mot de passe à vous.
    Le mot de passe du document des secrets ne marchera plus.
account-rule-length = au moins { $min } caractères ;
account-rule-length-easy = Il a au moins { $min } lettres, chiffres ou signes.
account-rule-personal = ni votre identifiant, ni votre nom, ni votre prénom ;
account-rule-personal-easy = Il n'a pas votre nom, ni votre prénom, ni votre identifiant.
account-rule-guess = difficile à deviner : plusieurs mots sans rapport entre eux font un bon mot de passe, par exemple « lapin-vert-soupe-nuage ».
account-rule-guess-easy =
    Personne ne peut le deviner.
    Une idée : mettez 4 mots ensemble.
    Par exemple : lapin-vert-soupe-nuage.
account-new-password = Nouveau mot de passe
account-new-password-confirm = Confirmez le nouveau mot de passe
account-save-password = Enregistrer mon mot de passe
account-strength = Solidité :
account-strength-very-weak = Très faible
account-strength-low = Faible
account-strength-good = Bon
account-strength-excellent = Excellent
account-strength-weak = — pas encore assez solide

## Signed out
account-signed-out = Vous êtes déconnecté
account-signed-out-text = Vous êtes bien déconnecté de votre DMP. Sur un ordinateur partagé, fermez aussi le navigateur.
account-signed-out-text-easy =
    Votre DMP est fermé.
    Personne ne peut le lire sur cet appareil.
    Vous êtes sur un ordinateur partagé ?
    Fermez aussi la fenêtre d'internet.
account-sign-in-again-button = Me reconnecter
