# The home page.
home-title = Accueil
home-heading = Mon Dossier Médical Partagé
home-lead = Le DMP est votre carnet de santé numérique. Il garde au même endroit vos comptes rendus, vos analyses, vos traitements et vos remboursements de soins, pour que les médecins qui vous soignent aient les bonnes informations.
home-create = Je crée mon DMP
home-sign-in = J'accède à mon DMP
home-facts = Le DMP en bref
home-free = C'est gratuit
home-free-text = Le DMP ne coûte rien. Il est proposé par l'Assurance Maladie.
home-optional = Ce n'est pas obligatoire
home-optional-text = Vous choisissez de le créer ou non. Vous pouvez le fermer à tout moment. Vos remboursements ne changent pas.
home-readers = Qui peut le lire ?
home-readers-text = Vous, et les professionnels de santé qui vous soignent, avec votre accord. Votre médecin traitant voit tout votre dossier. Ni votre employeur, ni votre banque, ni votre assurance ou votre mutuelle ne peuvent le lire.
home-control = Vous gardez la main
home-control-text = Vous pouvez masquer un document, bloquer un professionnel et voir à tout moment qui a consulté votre dossier.
home-contents = Ce que contient votre DMP
home-spaces = Votre dossier est rangé en neuf espaces :
home-space-syntheses = Synthèses
home-space-treatments = Traitements
home-space-analyses = Analyses
home-space-imaging = Imagerie
home-space-reports = Comptes rendus
home-space-prevention = Prévention
home-space-certificates = Certificats
home-space-reimbursements = Données de remboursement
home-space-personal = Espace personnel
home-directives = Vous pouvez aussi y écrire vos directives anticipées, vos volontés sur les soins de fin de vie : elles sont rangées à part.
home-history = À sa création, l'Assurance Maladie y ajoute l'historique de vos remboursements de soins des 24 derniers mois.
home-needs = Pour créer votre DMP, il vous faut
home-need-card = votre carte Vitale (avec ou sans photo) ;
home-need-code = le code de création de 12 caractères envoyé par l'Assurance Maladie. Vous l'avez perdu ? Vous pourrez en demander un nouveau ;
home-need-contact = une adresse e-mail ou un numéro de téléphone mobile, pour recevoir un code à chaque connexion.

# The same page, easy to read (FALC): one idea per sentence, common words,
# hard words explained, the reader addressed directly.
home-easy-heading = Le DMP : votre carnet de santé sur internet
home-easy-what = C'est quoi, le DMP ?
home-easy-what-1 = DMP veut dire Dossier Médical Partagé.
home-easy-what-2 = Le DMP est un carnet de santé sur internet.
home-easy-what-3 = Il garde vos papiers de santé au même endroit.
home-easy-what-4 = Par exemple : vos prises de sang, vos radios, vos médicaments.
home-easy-what-5 =
    Les médecins qui vous soignent peuvent lire votre DMP.
    Ils vous soignent mieux.
home-easy-free =
    C'est gratuit.
    Vous choisissez.
home-easy-free-1 = Le DMP ne coûte rien.
home-easy-free-2 = Vous choisissez d'avoir un DMP ou pas.
home-easy-free-3 = Vous pouvez fermer votre DMP quand vous voulez.
home-easy-readers = Qui peut lire votre DMP ?
home-easy-readers-1 = Vous.
home-easy-readers-2 = Les médecins et les soignants qui vous soignent, si vous êtes d'accord.
home-easy-readers-3 = Votre patron ne peut pas lire votre DMP.
home-easy-readers-4 = Votre banque et votre mutuelle ne peuvent pas lire votre DMP.
home-easy-needs = Pour créer votre DMP, il vous faut 3 choses
home-easy-need-card = Votre carte Vitale.
home-easy-need-code =
    Le code de création.
    L'Assurance Maladie vous a envoyé ce code par courrier ou par e-mail.
    Le code a 12 lettres et chiffres.
home-easy-need-contact =
    Une adresse e-mail ou un téléphone portable.
    Vous recevez un code sur votre e-mail ou votre téléphone.
    Ce code sert à ouvrir votre DMP.
home-easy-help = Besoin d'aide ?
home-easy-help-1 =
    Vous pouvez aller à l'accueil de l'Assurance Maladie.
    Une personne vous aide.
home-easy-help-2 = Vous pouvez aussi appeler le 36 46.
