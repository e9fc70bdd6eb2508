# What the portal sends: e-mails, SMS and letters, in the language of the
# person who asked (or the one they last signed in with).
mail-signature = L'Assurance Maladie
mail-hello = Bonjour,
mail-dear = { $civility } { $first } { $name },
mail-dear-civility = { $civility },
mail-madam = Madame
mail-sir = Monsieur
mail-letter-head = Assurance Maladie – Dossier Médical Partagé

## The one-time sign-in code
mail-code-subject = Votre code de connexion au DMP
mail-code-sms = DMP : votre code de connexion est { $code }. Valable { $minutes } minutes. Ne le communiquez à personne.
mail-code-body =
    Votre code de connexion à votre Dossier Médical Partagé (DMP) : { $code }

    Il est valable { $minutes } minutes et ne sert qu'une fois. Personne, ni l'Assurance Maladie ni un professionnel de santé, ne vous le demandera jamais.

    Si vous n'êtes pas à l'origine de cette connexion, changez votre mot de passe et appelez le 36 46.

## The acknowledgement of a creation
mail-ack-subject = Accusé de réception création d'un DMP
mail-ack-allowed = autorisé
mail-ack-refused = refusé
mail-ack-body =
    Nous vous confirmons la création de votre Dossier Médical Partagé (DMP) le { $date }.

    Votre DMP est votre carnet de santé numérique : vous seul et les professionnels de santé que vous autorisez peuvent le consulter. Les données de vos remboursements des 24 derniers mois y ont été ajoutées.

    Vos choix, modifiables à tout moment dans « Accès en urgence » de votre DMP :
    - accès par le médecin régulateur du SAMU – Centre 15 : { $samu } ;
    - accès en urgence (« bris de glace ») par un professionnel de santé : { $bdg }.

    Pour accéder à votre DMP, utilisez l'identifiant et le mot de passe du document des secrets remis lors de la création, puis le code à usage unique que vous recevrez.

    Si vous n'êtes pas à l'origine de cette création, appelez le 36 46 : vous pouvez demander la fermeture de ce DMP à tout moment.
mail-ack-letter-note = Courrier : accusé de réception de création de DMP (voir la lettre jointe).
mail-ack-letter-file = accuse-de-reception-dmp.pdf

## New connection data (forgotten identifier or password)
mail-renewed-subject = Vos données de connexion au DMP ont été renouvelées
mail-renewed-body =
    Les données de connexion à votre Dossier Médical Partagé (DMP) viennent d'être renouvelées avec votre carte Vitale et un code de création. L'ancien mot de passe ne fonctionne plus.

    Si vous n'êtes pas à l'origine de ce renouvellement, appelez sans attendre le 36 46.
mail-renewed-sms = DMP : vos données de connexion ont été renouvelées. Si ce n'est pas vous, appelez le 36 46.

## A new creation code
mail-creation-code-subject = Votre code de création de DMP
mail-creation-code-body =
    Voici votre code de création de Dossier Médical Partagé (DMP) : { $code }

    Il est valable jusqu'au { $date } inclus et ne sert qu'une fois. Pour créer votre DMP, choisissez « Je crée mon DMP » sur le site du DMP et munissez-vous de votre carte Vitale.

    Si vous n'avez pas demandé ce code, vous pouvez ignorer ce message : sans votre carte Vitale, personne ne peut s'en servir.
mail-creation-code-field = Votre code de création
mail-creation-code-letter-note = Courrier : code de création de DMP (voir la lettre jointe).
mail-creation-code-letter-file = code-de-creation.pdf

## What the holder is told about their record (notify.rs): a subject,
## the body of the e-mail (between « Bonjour, » and the signature), an SMS.
notify-closed-subject = Votre DMP est clôturé
notify-closed-body =
    Votre Dossier Médical Partagé (DMP) est clôturé à votre demande. Plus personne, ni vous ni les professionnels de santé, ne peut le consulter ni l'alimenter. Il est archivé pendant 10 ans, puis détruit.

    Pendant ces 10 ans, vous pouvez le rouvrir sur le site du DMP (« Rouvrir mon DMP ») avec votre carte Vitale et un code de création.

    Si vous n'êtes pas à l'origine de cette clôture, appelez sans attendre le 36 46.
notify-closed-sms = DMP : votre dossier est clôturé. Vous pouvez le rouvrir pendant 10 ans. Si ce n'est pas vous, appelez le 36 46.
notify-desk-closed-subject = Votre DMP est clôturé
notify-desk-closed-body =
    Votre Dossier Médical Partagé (DMP) est clôturé, comme vous l'avez demandé à un accueil de l'Assurance Maladie. Plus personne, ni vous ni les professionnels de santé, ne peut le consulter ni l'alimenter. Il est archivé pendant 10 ans, puis détruit.

    Pendant ces 10 ans, vous pouvez le rouvrir sur le site du DMP (« Rouvrir mon DMP ») avec votre carte Vitale et un code de création, ou à un accueil.

    Si vous n'êtes pas à l'origine de cette clôture, appelez sans attendre le 36 46.
notify-desk-closed-sms = DMP : votre dossier est clôturé à votre demande. Vous pouvez le rouvrir pendant 10 ans. Si ce n'est pas vous, appelez le 36 46.
notify-reopened-subject = Votre DMP est rouvert
notify-reopened-body =
    Votre Dossier Médical Partagé (DMP) est rouvert, avec tous ses documents. Vous pouvez vous y connecter avec votre identifiant et votre mot de passe habituels ; vos choix (documents masqués, professionnels bloqués, accès en urgence) sont ceux d'avant la clôture.

    Si vous n'êtes pas à l'origine de cette réouverture, appelez sans attendre le 36 46.
notify-reopened-sms = DMP : votre dossier est rouvert. Si ce n'est pas vous, appelez le 36 46.
notify-contact-subject = Votre moyen de contact du DMP a été changé
notify-contact-body =
    { $channel ->
        [sms] Le numéro de mobile auquel votre Dossier Médical Partagé (DMP) vous envoie ses messages vient d'être changé.
       *[email] L'adresse e-mail à laquelle votre Dossier Médical Partagé (DMP) vous envoie ses messages vient d'être changée.
    }

    Si vous n'êtes pas à l'origine de ce changement, appelez sans attendre le 36 46.
notify-contact-sms = DMP : votre moyen de contact a été changé. Si ce n'est pas vous, appelez le 36 46.
notify-password-subject = Votre mot de passe du DMP a été changé
notify-password-body =
    Le mot de passe de votre Dossier Médical Partagé (DMP) vient d'être changé.

    Si vous n'êtes pas à l'origine de ce changement, appelez sans attendre le 36 46.
notify-password-sms = DMP : votre mot de passe a été changé. Si ce n'est pas vous, appelez le 36 46.
notify-practice-subject = De nouveaux documents sont dans votre DMP
notify-practice-body =
    { $count } documents ont été ajoutés à votre Dossier Médical Partagé (DMP) par les professionnels de santé qui vous suivent. Vous pouvez les lire en vous connectant à votre DMP.

    (Entraînement : personne et documents fictifs.)
notify-practice-sms = DMP : de nouveaux documents sont dans votre dossier. (Entraînement)
notify-second-representative-subject = Un second représentant légal accède au DMP
notify-second-representative-body = Un second représentant légal a désormais son propre accès au Dossier Médical Partagé (DMP) de votre enfant. Vous le retrouvez, avec son lien de parenté, dans la page « Représentants légaux » du DMP.
notify-second-representative-sms = DMP : un second représentant légal a désormais accès au DMP de votre enfant.
notify-representative-ended-subject = L'accès d'un représentant légal au DMP a pris fin
notify-representative-ended-body = L'accès d'un représentant légal au Dossier Médical Partagé (DMP) de votre enfant a pris fin. Le détail est dans l'historique des accès du DMP.
notify-representative-ended-sms = DMP : l'accès d'un représentant légal au DMP de votre enfant a pris fin.
notify-emergency-subject = Accès en urgence à votre DMP
notify-emergency-body =
    Votre Dossier Médical Partagé (DMP) a été consulté { $how ->
        [centre15] par le SAMU–Centre 15
       *[other] en urgence (bris de glace) par { $who }
    }. Vous trouverez le détail dans l'historique des accès de votre DMP.
notify-emergency-sms = DMP : votre dossier a été consulté en urgence. Détail dans l'historique des accès.
notify-first-access-subject = Un professionnel de santé a consulté votre DMP
notify-first-access-body = { $who } a consulté votre Dossier Médical Partagé (DMP) pour la première fois. Vous trouverez le détail dans l'historique des accès de votre DMP.
notify-first-access-sms = DMP : un professionnel de santé a consulté votre dossier pour la première fois.
notify-new-document-subject = Un nouveau document dans votre DMP
notify-new-document-body = { $who } a ajouté un document à votre Dossier Médical Partagé (DMP). Connectez-vous à votre DMP pour le consulter.
notify-new-document-sms = DMP : un nouveau document a été ajouté à votre dossier.
notify-document-shown-subject = Un nouveau document dans votre DMP
notify-document-shown-body = { $who } a rendu visible un document de votre Dossier Médical Partagé (DMP). Connectez-vous à votre DMP pour le consulter.
notify-document-shown-sms = DMP : un nouveau document est visible dans votre dossier.

## Confirming a new contact channel
mail-contact-code-subject = Confirmez votre nouveau moyen de contact
mail-contact-code-sms = DMP : votre code pour confirmer ce numéro est { $code }. Valable { $minutes } minutes.
mail-contact-code-body = Pour recevoir désormais les messages de votre Dossier Médical Partagé (DMP) à cette adresse, saisissez ce code sur le site du DMP : { $code }

    Il est valable { $minutes } minutes. Si vous n'avez rien demandé, ignorez ce message : rien ne change.

## Staff sign-in
mail-staff-code-subject = Votre code de connexion à l'espace du personnel DMP
mail-staff-code-body =
    Votre code de connexion à l'espace du personnel du portail DMP : { $code }

    Il est valable { $minutes } minutes et ne sert qu'une fois. Ne le communiquez à personne, pas même à un collègue.

    Si vous n'êtes pas à l'origine de cette connexion, prévenez votre responsable.

## A second legal representative's invitation, and the end of an access
mail-invitation-subject = Votre accès au DMP d'un enfant dont vous êtes représentant légal
mail-invitation-body =
    L'autre représentant légal de { $child } vous a désigné(e) comme représentant légal sur son Dossier Médical Partagé (DMP). Pour créer votre propre accès, allez sur le site du DMP, page « { $page } » (lien « J'ai reçu un code de représentant légal » de la page de connexion), et saisissez cette adresse e-mail et le code : { $code }

    Le code est valable jusqu'au { $day }. Si vous ne connaissez pas cet enfant, ignorez ce message : rien ne sera créé.
mail-invitation-sms = DMP : vous êtes désigné(e) représentant légal de { $child }. Code { $code }, à saisir avec ce numéro sur le site du DMP, page { $page }, avant le { $day }.
mail-access-ended-subject = Votre accès à un DMP a pris fin
mail-access-ended-body = Votre accès, en tant que représentant légal, au Dossier Médical Partagé (DMP) d'un enfant a pris fin. Si vous n'êtes pas à l'origine de ce changement et pensez qu'il s'agit d'une erreur, adressez-vous à l'accueil de votre caisse d'Assurance Maladie.
mail-access-ended-sms = DMP : votre accès de représentant légal au DMP d'un enfant a pris fin.

## Coming of age
mail-majority-subject = Votre DMP vous appartient désormais
mail-majority-body =
    Votre Dossier Médical Partagé (DMP) a été ouvert quand vous étiez mineur. Vous avez maintenant 18 ans : vos représentants légaux n'y ont plus accès, et c'est à vous de choisir de le garder ou de le clôturer.

    Pour y accéder, choisissez « Je crée mon DMP » sur le site du DMP, munissez-vous de votre carte Vitale et saisissez ce code : { $code }
    Il est valable jusqu'au { $date } inclus et ne sert qu'une fois. Vous choisirez alors votre mot de passe ; vous pourrez ensuite garder votre DMP ou le clôturer.

    En attendant, les professionnels de santé qui vous soignent continuent de le consulter et de l'alimenter.
mail-majority-field = Votre code
mail-majority-letter-note = Courrier : votre DMP à 18 ans (voir la lettre jointe).
mail-majority-letter-file = dmp-majorite.pdf
mail-majority-ended-body = Votre accès, en tant que représentant légal, à un Dossier Médical Partagé (DMP) a pris fin : son titulaire est devenu majeur.
mail-majority-ended-sms = DMP : votre accès de représentant légal a pris fin.
