# The help pages (issue 16): the list, each topic, the page to print.
help-index-title = Aide
help-index-heading = Aide : le DMP pas à pas
help-index-lead = Des réponses courtes aux questions les plus fréquentes, avec l'image des vraies pages du site.
help-print-link = Toute l'aide sur une page, à imprimer
help-back = Aide
help-topic-title = { $title } – Aide
help-picture-caption = La vraie page du site, sur un téléphone.
help-pager = Sujets d'aide
help-print-title = Aide à imprimer
help-print-heading = Le DMP pas à pas
help-print-hint = Pour l'imprimer, choisissez « Imprimer » dans le menu de votre navigateur.
help-print-button = Imprimer

help-dmp-title = Le DMP : ce que c'est, qui le lit
help-dmp-summary = Un carnet de santé numérique, gratuit, que vous seul et les soignants que vous acceptez peuvent lire.
help-dmp-alt = La page d'accueil du site du DMP, avec les boutons « Je crée mon DMP » et « J'accède à mon DMP ».
help-dmp-1 = Le Dossier Médical Partagé (DMP) est votre carnet de santé numérique. Il garde au même endroit vos comptes rendus d'hôpital, vos résultats d'analyses, vos ordonnances, vos vaccins et vos remboursements de soins.
help-dmp-2 = Il est gratuit et il n'est pas obligatoire. Vous pouvez le fermer quand vous voulez. Vos remboursements ne changent pas, que vous ayez un DMP ou non.
help-dmp-3 = Qui peut le lire ?
help-dmp-4 = Vous, avec votre identifiant, votre mot de passe et un code reçu par e-mail ou SMS.
help-dmp-5 = Les professionnels de santé qui vous soignent, si vous les y autorisez. Chacun ne voit que ce qui concerne son métier.
help-dmp-6 = Votre médecin traitant, qui voit tout votre dossier.
help-dmp-7 = En urgence, un médecin peut le consulter sans votre accord, sauf si vous l'avez refusé.
help-dmp-8 = Votre employeur, votre banque, votre assurance et votre mutuelle ne peuvent jamais le lire. Chaque consultation est inscrite dans votre historique.

help-bring-title = Ce qu'il faut avoir avec soi
help-bring-summary = Votre carte Vitale, un code de création (ou un guichet), et une adresse e-mail ou un numéro de mobile.
help-bring-alt = L'étape 1 de la création du DMP : numéro de sécurité sociale, code de création, type et numéro de la carte Vitale.
help-bring-1 = Votre carte Vitale : son numéro de série est imprimé dessus.
help-bring-2 = Votre numéro de sécurité sociale : il est sur la carte Vitale, 13 chiffres et une clé de 2 chiffres.
help-bring-3 = Le code de création de 12 caractères que l'Assurance Maladie vous a envoyé par courrier ou par e-mail. Vous ne l'avez pas ? Vous pouvez en demander un sur le site, ou vous rendre à un accueil de l'Assurance Maladie : l'agent crée votre DMP avec vous, sans code.
help-bring-4 = Une adresse e-mail ou un numéro de téléphone mobile : c'est là que vous recevrez un code à chaque connexion. Un proche peut vous aider, mais ce code est le vôtre : ne le donnez à personne.
help-bring-5 = Dans un atelier, l'animateur peut aussi vous donner une carte d'entraînement : une personne fictive, pour essayer sans rien risquer.

help-open-title = Ouvrir son DMP
help-open-summary = Trois étapes, une dizaine de minutes.
help-open-alt = L'étape 3 de la création : l'identité de la personne, son identifiant et son mot de passe de départ.
help-open-1 = Sur la page d'accueil, choisissez « Je crée mon DMP ».
help-open-2 = Étape 1 : saisissez votre numéro de sécurité sociale, votre code de création, le type de votre carte Vitale et son numéro de série.
help-open-3 = Étape 2 : vérifiez votre identité, donnez une adresse e-mail ou un numéro de mobile (deux fois, pour éviter les fautes de frappe), lisez et acceptez les conditions. Vous dites aussi si un médecin peut consulter votre DMP en urgence.
help-open-4 = Étape 3 : votre DMP est créé. Téléchargez ou imprimez le document des secrets : il contient votre identifiant et votre mot de passe de départ. Gardez-le en lieu sûr.
help-open-5 = Si la connexion internet coupe pendant une étape, revenez sur la page « Je crée mon DMP » dans le quart d'heure : vous reprenez où vous en étiez, et rien n'est créé deux fois.

help-consult-title = Consulter son DMP
help-consult-summary = Identifiant, mot de passe, puis le code reçu par e-mail ou SMS.
help-consult-alt = L'accueil d'un DMP : l'identité de la personne et ses espaces, Synthèses, Traitements, Analyses et les autres.
help-consult-1 = Choisissez « J'accède à mon DMP ».
help-consult-2 = Saisissez votre identifiant et votre mot de passe.
help-consult-3 = Demandez votre code : il arrive par e-mail ou par SMS. Saisissez-le.
help-consult-4 = La première fois, choisissez votre propre mot de passe.
help-consult-5 = Votre dossier est rangé en neuf espaces : Synthèses, Traitements, Analyses, Imagerie, Comptes rendus, Prévention, Certificats, Données de remboursement et Espace personnel. Vos directives anticipées sont rangées à part. L'historique montre qui a consulté votre DMP, et quand.
help-consult-6 = Sur un ordinateur partagé, pensez à vous déconnecter en partant.

help-authorise-title = Autoriser ou bloquer un professionnel
help-authorise-summary = Votre accord se donne au cabinet ; vous pouvez bloquer un professionnel à tout moment.
help-authorise-alt = La page « Professionnels autorisés ou bloqués » d'un DMP.
help-authorise-1 = Un professionnel de santé consulte votre DMP avec votre accord : vous le lui donnez au cabinet, à l'officine ou à l'hôpital, et il l'indique en ouvrant votre dossier avec sa carte. Votre médecin traitant a accès à tout votre dossier.
help-authorise-2 = Dans « Professionnels autorisés ou bloqués », vous voyez qui a une place dans votre DMP. Vous pouvez bloquer un professionnel : il ne peut plus consulter votre DMP, même en urgence. Vous pouvez le débloquer ensuite.

help-mask-title = Masquer un document
help-mask-summary = Un document masqué n'est plus vu par les professionnels, sauf votre médecin traitant et son auteur.
help-mask-alt = Les documents de l'espace « Analyses » d'un DMP : chacun a un bouton « Masquer aux professionnels ».
help-mask-1 = Ouvrez l'espace du document, par exemple « Analyses ».
help-mask-2 = À côté du document, choisissez « Masquer aux professionnels ».
help-mask-3 = Un reçu est prêt à imprimer. Le document porte la mention « Masqué ».
help-mask-4 = Vous le voyez toujours. Votre médecin traitant et le professionnel qui l'a déposé le voient aussi. Vous pouvez le démasquer à tout moment.

help-feed-title = Ce que les professionnels déposent
help-feed-summary = Comptes rendus, résultats, ordonnances, vaccins… et l'Assurance Maladie ajoute vos remboursements.
help-feed-alt = L'espace professionnel de santé : la connexion avec la carte du professionnel.
help-feed-1 = Votre médecin : la synthèse de votre santé (antécédents, allergies, traitements), ses comptes rendus, ses certificats.
help-feed-2 = L'hôpital : les comptes rendus d'hospitalisation et d'opération, la lettre de sortie.
help-feed-3 = Le laboratoire : vos résultats d'analyses. Le centre d'imagerie : les comptes rendus de radiologie.
help-feed-4 = Le pharmacien : les médicaments délivrés, les vaccinations.
help-feed-5 = L'Assurance Maladie : vos remboursements de soins des 24 derniers mois, puis au fil de l'eau.
help-feed-6 = Vous êtes prévenu quand un document est ajouté ; vous pouvez changer ce réglage dans vos notifications. Vous pouvez aussi ajouter vos propres documents.

help-minors-title = Les enfants et leurs représentants
help-minors-summary = Les parents ouvrent et consultent le DMP de leur enfant mineur ; à 18 ans, il devient le sien.
help-minors-alt = Une mère, représentante légale, choisit lequel des DMP de ses enfants consulter.
help-minors-1 = Le DMP d'un enfant mineur est ouvert par l'un de ses représentants légaux (un parent, ou un tuteur), avec la carte Vitale sur laquelle l'enfant figure. Chacun des deux parents peut avoir son propre accès.
help-minors-2 = Un mineur peut demander au médecin de garder une consultation secrète : ses parents ne la verront pas dans le DMP.
help-minors-3 = À 18 ans, l'accès des parents prend fin. Le jeune reçoit un message ou un courrier pour prendre son DMP en main, ou le fermer s'il le souhaite.

help-emergency-title = En cas d'urgence
help-emergency-summary = Vous choisissez si un médecin peut lire votre DMP quand vous ne pouvez pas donner votre accord.
help-emergency-alt = La page « Accès en urgence » d'un DMP, avec les deux questions sur le SAMU et le bris de glace.
help-emergency-1 = Quand vous appelez le 15, le médecin régulateur du SAMU peut consulter votre DMP pendant l'appel pour mieux vous orienter.
help-emergency-2 = Si votre vie est en danger et que vous ne pouvez pas donner votre accord, par exemple inconscient aux urgences, un professionnel peut consulter votre DMP sans votre autorisation : c'est le « bris de glace ». Il doit en donner le motif, et vous êtes prévenu.
help-emergency-3 = Ces deux accès sont acceptés au départ. Vous pouvez refuser l'un ou l'autre à la création ou plus tard, dans « Accès en urgence » de votre DMP. Un professionnel que vous avez bloqué ne peut jamais consulter votre DMP, même en urgence.

# Each topic, easy to read (FALC): one idea per sentence, common words, the
# reader addressed directly.
help-easy-note = Cette aide est écrite en phrases courtes.
help-dmp-easy-1 = Le DMP est votre carnet de santé sur internet.
help-dmp-easy-2 = DMP veut dire Dossier Médical Partagé.
help-dmp-easy-3 = Il garde vos papiers de santé au même endroit.
help-dmp-easy-4 = Par exemple : vos prises de sang, vos ordonnances, vos vaccins.
help-dmp-easy-5 =
    Le DMP est gratuit.
    Vous choisissez d'avoir un DMP ou pas.
help-dmp-easy-6 = Qui peut lire votre DMP ?
help-dmp-easy-7 = Vous.
help-dmp-easy-8 = Les soignants, si vous êtes d'accord.
help-dmp-easy-9 =
    Votre médecin traitant.
    C'est le médecin que vous avez choisi pour vous suivre.
help-dmp-easy-10 = En cas d'urgence, un médecin.
help-dmp-easy-11 = Votre patron, votre banque et votre mutuelle ne peuvent pas lire votre DMP.
help-bring-easy-1 = Pour créer votre DMP, prenez avec vous :
help-bring-easy-2 = Votre carte Vitale.
help-bring-easy-3 =
    Le code de création.
    Il a 12 lettres et chiffres.
    L'Assurance Maladie vous a envoyé ce code par courrier ou par e-mail.
help-bring-easy-4 = Une adresse e-mail ou un téléphone portable.
help-bring-easy-5 =
    Vous n'avez pas de code ?
    Allez à l'accueil de l'Assurance Maladie.
    Une personne crée votre DMP avec vous.
help-bring-easy-6 =
    Vous recevez des codes sur votre téléphone.
    Ces codes sont secrets.
    Ne les donnez à personne.
help-open-easy-1 =
    Allez sur la page d'accueil.
    Choisissez « Je crée mon DMP ».
help-open-easy-2 = Étape 1 : écrivez votre numéro de sécurité sociale, votre code de création et le numéro de votre carte Vitale.
help-open-easy-3 =
    Étape 2 : écrivez votre adresse e-mail ou votre numéro de portable.
    Lisez les conditions.
    Acceptez-les.
help-open-easy-4 =
    Étape 3 : votre DMP est créé.
    Imprimez le document des secrets.
    Il contient votre identifiant et votre mot de passe.
    Gardez-le dans un endroit sûr.
help-open-easy-5 =
    Internet coupe ?
    Revenez sur « Je crée mon DMP » avant 15 minutes.
    Vous reprenez où vous étiez.
help-consult-easy-1 = Choisissez « J'accède à mon DMP ».
help-consult-easy-2 = Écrivez votre identifiant et votre mot de passe.
help-consult-easy-3 =
    Vous recevez un code par e-mail ou par SMS.
    Écrivez ce code.
help-consult-easy-4 = La première fois, choisissez un nouveau mot de passe.
help-consult-easy-5 = Sur un ordinateur partagé, choisissez « Se déconnecter » à la fin.
help-authorise-easy-1 = Un soignant lit votre DMP si vous êtes d'accord.
help-authorise-easy-2 = Vous donnez votre accord chez le médecin, à la pharmacie ou à l'hôpital.
help-authorise-easy-3 =
    Vous pouvez bloquer un soignant.
    Il ne peut plus lire votre DMP.
help-authorise-easy-4 =
    Pour bloquer un soignant : ouvrez votre DMP.
    Choisissez « Gérer mon DMP ».
    Puis choisissez « Professionnels autorisés ou bloqués ».
help-mask-easy-1 = Vous pouvez cacher un document aux soignants.
help-mask-easy-2 =
    Ouvrez l'espace du document.
    Par exemple : « Analyses ».
help-mask-easy-3 = Choisissez « Masquer aux professionnels ».
help-mask-easy-4 =
    Vous voyez toujours le document.
    Votre médecin traitant aussi.
help-mask-easy-5 = Vous pouvez changer d'avis quand vous voulez.
help-feed-easy-1 = Les soignants mettent des documents dans votre DMP.
help-feed-easy-2 = Votre médecin : ses comptes rendus et ses certificats.
help-feed-easy-3 = L'hôpital : le compte rendu de votre séjour.
help-feed-easy-4 = Le laboratoire : vos résultats de prise de sang.
help-feed-easy-5 = Le pharmacien : vos médicaments et vos vaccins.
help-feed-easy-6 = L'Assurance Maladie : vos remboursements de soins.
help-feed-easy-7 = Vous recevez un message quand un document arrive.
help-minors-easy-1 = Les parents peuvent créer le DMP de leur enfant.
help-minors-easy-2 = Chaque parent peut avoir son accès.
help-minors-easy-3 =
    Un enfant peut demander au médecin de garder un document secret.
    Alors ses parents ne voient pas ce document.
help-minors-easy-4 =
    À 18 ans, le DMP appartient au jeune.
    Ses parents ne peuvent plus le lire.
help-emergency-easy-1 = En cas d'urgence, un médecin peut lire votre DMP sans votre accord.
help-emergency-easy-2 =
    Par exemple : vous appelez le 15.
    Ou vous êtes à l'hôpital et vous ne pouvez pas parler.
help-emergency-easy-3 = Vous recevez un message quand un médecin lit votre DMP en urgence.
help-emergency-easy-4 =
    Vous pouvez dire non.
    Ouvrez votre DMP.
    Choisissez « Gérer mon DMP ».
    Puis choisissez « Accès en urgence ».
