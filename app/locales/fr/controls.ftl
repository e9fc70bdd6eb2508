# controls pages (issue 17).
## Receipts and masking documents
controls-receipt-saved = Votre choix est enregistré. Il s'applique dès maintenant.
controls-receipt-print = Imprimer le reçu (PDF)
controls-unmask = Ne plus masquer
controls-mask = Masquer aux professionnels
# A button's label for screen readers: the action, then the document's title.
controls-mask-aria = { $action } : { $title }
controls-masked = Ce document est masqué aux professionnels de santé.
controls-visible = Ce document est visible des professionnels de santé que vous avez autorisés, selon leur profession.
controls-masking-explained = Un document masqué reste visible par vous, par votre médecin traitant DMP et par le professionnel qui l'a déposé. Vous pouvez revenir sur ce choix à tout moment.

## Authorised or blocked professionals
controls-professionals-title = Professionnels autorisés ou bloqués
controls-professionals-block-intro = Un professionnel de santé que vous bloquez ne peut plus consulter votre DMP, même avec votre autorisation et même en urgence. Vous pouvez le débloquer à tout moment : il devra alors vous demander à nouveau votre autorisation.
controls-professionals-doctor-intro = Votre médecin traitant DMP voit tous vos documents, même masqués, et ne peut pas être bloqué. S'il ne doit plus avoir accès à votre DMP, demandez-lui de renoncer à ce rôle : vous pourrez ensuite le bloquer.
controls-standing-none = Aucune autorisation
controls-standing-authorised = Autorisé par vous
controls-standing-doctor = Médecin traitant DMP
controls-standing-blocked = Bloqué
controls-col-professional = Professionnel
controls-col-profession = Profession
controls-col-city = Ville
controls-col-access = Accès à votre DMP
controls-col-action = Action
controls-not-blockable = Ne peut pas être bloqué
controls-unblock = Débloquer
controls-block = Bloquer
# A button's label for screen readers: the action, then the professional's name.
controls-block-aria = { $action } { $name }
controls-known-heading = Les professionnels qui ont une place dans mon DMP
controls-known-none = Aucun professionnel n'a encore été autorisé ni bloqué.
controls-search-heading = Rechercher un professionnel pour le bloquer
controls-directory = Annuaire des professionnels de santé
controls-search-hint = Remplissez au moins un critère.
controls-search-name = Nom
controls-search-all = Toutes
controls-search-rpps = N° RPPS (11 chiffres)
controls-search-submit = Rechercher
controls-search-rpps-error = Le numéro RPPS compte 11 chiffres, par exemple 10001234567.
controls-search-too-short = Saisissez au moins 2 lettres du nom ou de la ville.
controls-search-none = Aucun professionnel ne correspond à cette recherche.
controls-search-found =
    { $n ->
        [one] { $n } professionnel trouvé.
       *[other] { $n } professionnels trouvés.
    }
controls-search-limit = Les { $n } premiers professionnels trouvés : précisez la recherche si besoin.
controls-search-results = Résultats de la recherche

## Emergency access
controls-emergency-title = Accès en urgence
controls-emergency-heading = Accès à mon DMP en cas d'urgence
controls-emergency-since = Vos choix actuels datent du { $date }. Vous pouvez les changer à tout moment ; chaque changement vous donne un reçu.
controls-centre15-heading = Le SAMU–Centre 15
controls-centre15-text = Quand vous (ou un proche) appelez le 15, le médecin régulateur du SAMU peut consulter votre DMP pendant l'appel pour mieux vous orienter : vos allergies, vos traitements, vos antécédents. Il ne peut rien y ajouter.
controls-centre15-question = Le médecin régulateur du SAMU–Centre 15 peut-il consulter mon DMP ?
controls-allow = Oui, je l'autorise
controls-oppose = Non, je m'y oppose
controls-break-glass-heading = Le « bris de glace »
controls-break-glass-text = Si vous êtes dans un état qui met votre santé en danger immédiat et ne pouvez pas donner votre accord (par exemple inconscient aux urgences), un professionnel de santé peut consulter votre DMP sans votre autorisation. Il doit en donner le motif. Vous êtes prévenu et l'accès apparaît dans votre historique.
controls-break-glass-question = Un professionnel de santé peut-il consulter mon DMP en urgence, sans mon autorisation ?
controls-blocked-never = Un professionnel que vous avez bloqué ne peut jamais consulter votre DMP, même en urgence.
controls-emergency-save = Enregistrer mes choix

## Notification settings
controls-settings-title = Réglages des notifications
controls-settings-back = ← Mes notifications
controls-settings-contact-saved = Votre nouveau moyen de contact est enregistré. Un message de confirmation vous a été envoyé.
controls-settings-saved = Vos réglages sont enregistrés.
controls-settings-heading = Ce que je reçois
controls-settings-intro = Tous les messages restent visibles dans « Mes notifications ». Choisissez ceux que vous recevez aussi par e-mail ou par SMS.
controls-settings-when = Quand
controls-settings-by-email = Par e-mail
controls-settings-by-sms = Par SMS
controls-settings-emergency = Un professionnel de santé accède à mon DMP en urgence
controls-settings-always-told = Toujours envoyé, sur chaque moyen de contact : vous devez en être informé.
controls-settings-opened = Mon DMP est créé ou rouvert
controls-settings-always = Toujours envoyé, sur chaque moyen de contact.
# A checkbox's label: the channel, then the event.
controls-settings-email-label = E-mail : { $event }
controls-settings-sms-label = SMS : { $event }
controls-settings-save = Enregistrer mes réglages
# The events the holder chooses channels for (notify.rs, Event::CHOOSABLE).
controls-event-first-access = Un professionnel de santé consulte mon DMP pour la première fois
controls-event-new-document = Un nouveau document est ajouté à mon DMP
controls-event-account = Mon mot de passe ou un moyen de contact est changé
controls-event-closure = Mon DMP est clôturé

## My contact details
controls-contact-heading = Mes moyens de contact
controls-contact-email = Adresse e-mail
controls-contact-mobile = Mobile
controls-contact-no-email = aucune
controls-contact-no-mobile = aucun
controls-contact-change-email = Changer d'adresse e-mail
controls-contact-new-email = Nouvelle adresse e-mail
controls-contact-new-email-again = Nouvelle adresse e-mail, à nouveau
controls-contact-email-hint = Un code vous sera envoyé à cette adresse pour la confirmer.
controls-contact-change-mobile = Changer de numéro de mobile
controls-contact-new-mobile = Nouveau numéro de mobile
controls-contact-new-mobile-again = Nouveau numéro de mobile, à nouveau
controls-contact-mobile-hint = Un code vous sera envoyé par SMS à ce numéro pour le confirmer.
controls-contact-get-code = Recevoir un code de confirmation
controls-contact-by-sms = par SMS au { $value }
controls-contact-by-email = par e-mail à { $value }
# $what: one of the two above.
controls-contact-code-sent = Un code à 6 chiffres vous a été envoyé { $what }. Votre moyen de contact ne changera qu'une fois ce code saisi ; il est valable { $minutes } minutes.
controls-contact-code = Code reçu
controls-contact-confirm = Confirmer
controls-contact-cancel = Annuler ce changement

## Legal representatives
controls-reps-title = Représentants légaux
controls-reps-invited = L'invitation est envoyée. Le second représentant légal crée son accès avec le code reçu.
controls-reps-removed = Cet accès a pris fin. La personne en est informée.
controls-reps-none = Aucun représentant légal n'a accès à votre DMP.
controls-reps-some = Ces représentants légaux ont accès à votre DMP.
controls-reps-intro = Le DMP de { $child } peut être consulté par deux représentants légaux au plus (les parents, ou un tuteur), chacun avec son propre identifiant, son mot de passe et ses codes de connexion.
# After the name of the representative who reads the page.
controls-reps-yours = (vous)
controls-reps-leave-confirm = Je ne souhaite plus accéder à ce DMP
controls-reps-remove-confirm = Je retire l'accès de { $name }
controls-reps-leave = Mettre fin à mon accès
controls-reps-remove = Retirer son accès
# $who: the name and relation; $until: a date.
controls-reps-pending = Invitation envoyée à { $who }, valable jusqu'au { $until } : elle attend son code.
controls-reps-cancel-invitation = Annuler l'invitation
controls-reps-invite-heading = Ajouter le second représentant légal
controls-reps-invite-intro = Saisissez son identité et son adresse e-mail ou son numéro de mobile (ou les deux). Il recevra un code à 6 chiffres, valable 7 jours, pour créer son propre accès : vous ne connaîtrez ni son identifiant ni son mot de passe.
controls-reps-relation = Son lien avec l'enfant
controls-reps-choose = Choisissez
controls-reps-birth-name = Son nom de naissance
controls-reps-first-names = Ses prénoms
controls-reps-email = Son adresse e-mail
controls-reps-email-again = Son adresse e-mail, une seconde fois
controls-reps-mobile = Son numéro de mobile
controls-reps-mobile-again = Son numéro de mobile, une seconde fois
controls-reps-send = Envoyer l'invitation

## The invited representative creates their access
controls-accept-title = Créer mon accès de représentant légal
controls-accept-heading = J'ai reçu un code de représentant légal
controls-accept-intro = L'autre représentant légal d'un enfant vous a invité à accéder au DMP de cet enfant. Saisissez l'adresse e-mail ou le numéro de mobile où vous avez reçu le code, le code, puis choisissez votre mot de passe : votre identifiant vous sera donné à la page suivante.
controls-accept-contact = Adresse e-mail ou numéro de mobile
controls-accept-code = Code reçu (6 chiffres)
controls-accept-password = Mot de passe choisi
controls-accept-password-hint = 12 caractères au moins, difficile à deviner : par exemple quatre mots sans rapport entre eux.
controls-accept-password-again = Mot de passe, une seconde fois
controls-accept-submit = Créer mon accès
controls-welcome-title = Votre accès est créé
controls-welcome-text = Vous êtes représentant légal sur le DMP de { $child }.
controls-welcome-note = Pour vos prochaines connexions, notez votre identifiant. Vous recevrez aussi un code par e-mail ou par SMS à chaque connexion.
controls-welcome-login = Identifiant
controls-welcome-open = Ouvrir le DMP de { $child }

## Closing and reopening the record
controls-close-title = Clôturer mon DMP
controls-close-changes = Ce que la clôture change
controls-close-nobody = Plus personne ne pourra consulter ni alimenter votre DMP : ni vous, ni les professionnels de santé, même en urgence.
controls-close-directives = Vos directives anticipées, qui sont dans votre DMP, ne seront plus accessibles aux médecins. Pensez à en garder une copie et à la confier à vos proches ou à votre personne de confiance.
controls-close-no-directives = Vos directives anticipées, si vous en déposez, ne seraient plus accessibles aux médecins.
controls-close-archive = Vos documents, vos données de remboursement et l'historique des accès sont archivés pendant 10 ans, puis détruits.
controls-close-reopen-later = Pendant ces 10 ans, vous pourrez rouvrir votre DMP, avec tous ses documents, grâce à votre carte Vitale et un code de création.
# Followed by a link (the next key) and a full stop.
controls-close-before = Avant de clôturer, vous pouvez
controls-close-download = télécharger tout votre DMP
controls-close-reason = Pourquoi clôturez-vous votre DMP ? (facultatif)
controls-close-accept = J'ai compris que plus personne ne pourra consulter mon DMP, et je demande sa clôture.
controls-close-password = Mon mot de passe, pour confirmer
controls-close-cancel = Annuler
controls-closed-title = Votre DMP est clôturé
controls-closed-text = Votre DMP est clôturé et vous êtes déconnecté. Plus personne ne peut le consulter. Un message de confirmation vous a été envoyé.
controls-closed-archive = Il est archivé pendant 10 ans, puis détruit. D'ici là, vous pouvez le rouvrir à tout moment, avec tous ses documents.
controls-reopen-title = Rouvrir mon DMP
controls-reopen-intro = Pendant les 10 ans qui suivent sa clôture, vous pouvez rouvrir votre DMP : il retrouve tous ses documents et vos choix. Identifiez-vous comme lors de sa création, avec votre carte Vitale et un code de création.
controls-reopen-no-code = Je n'ai pas de code de création
# The consent: before the link, the link, after it.
controls-reopen-consent-before = J'accepte les
controls-reopen-terms = conditions générales d'utilisation
controls-reopen-consent-after = et je demande la réouverture de mon DMP.
controls-reopened-title = Votre DMP est rouvert
controls-reopened-text = Votre DMP est rouvert, avec tous ses documents. Connectez-vous avec votre identifiant et votre mot de passe habituels.
controls-reopened-sign-in = J'accède à mon DMP
controls-reopened-forgotten = Identifiant ou mot de passe oublié ?
