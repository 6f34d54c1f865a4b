# nuage — Ελληνικά.

-big-tech = νέφος των τεχνολογικών κολοσσών

## Language choice

lang-unknown = άγνωστη γλώσσα «{ $name }»· το nuage συνεχίζει στα αγγλικά. Διαθέσιμες: { $available }

## Dates and times

weekday = { $weekday ->
    [monday] Δευτέρα
    [tuesday] Τρίτη
    [wednesday] Τετάρτη
    [thursday] Πέμπτη
    [friday] Παρασκευή
    [saturday] Σάββατο
   *[sunday] Κυριακή
}
# In the genitive, as dates write them: “9 Μαρτίου”.
month-name = { $month ->
    [1] Ιανουαρίου
    [2] Φεβρουαρίου
    [3] Μαρτίου
    [4] Απριλίου
    [5] Μαΐου
    [6] Ιουνίου
    [7] Ιουλίου
    [8] Αυγούστου
    [9] Σεπτεμβρίου
    [10] Οκτωβρίου
    [11] Νοεμβρίου
   *[12] Δεκεμβρίου
}
weekday-short = { $weekday ->
    [monday] Δευ
    [tuesday] Τρί
    [wednesday] Τετ
    [thursday] Πέμ
    [friday] Παρ
    [saturday] Σάβ
   *[sunday] Κυρ
}
# A month on its own (a monthly report's title).
month-year = { $month ->
    [1] Ιανουάριος
    [2] Φεβρουάριος
    [3] Μάρτιος
    [4] Απρίλιος
    [5] Μάιος
    [6] Ιούνιος
    [7] Ιούλιος
    [8] Αύγουστος
    [9] Σεπτέμβριος
    [10] Οκτώβριος
    [11] Νοέμβριος
   *[12] Δεκέμβριος
} { NUMBER($year, useGrouping: "false") }
date-long = { weekday }, { $day } { month-name } { NUMBER($year, useGrouping: "false") }
date-short = { NUMBER($day, minimumIntegerDigits: 2) }/{ NUMBER($month, minimumIntegerDigits: 2) }/{ NUMBER($year, useGrouping: "false") }
vs-usual = { $weekday ->
    [monday] σε σχέση με μια συνηθισμένη Δευτέρα
    [tuesday] σε σχέση με μια συνηθισμένη Τρίτη
    [wednesday] σε σχέση με μια συνηθισμένη Τετάρτη
    [thursday] σε σχέση με μια συνηθισμένη Πέμπτη
    [friday] σε σχέση με μια συνηθισμένη Παρασκευή
    [saturday] σε σχέση με ένα συνηθισμένο Σάββατο
   *[sunday] σε σχέση με μια συνηθισμένη Κυριακή
}
change-vs-usual = { $change } { vs-usual }
days-short = { $days } ημ.

## Groups of providers

group-name = { $group ->
    [big-tech] { -big-tech }
    [cloud] άλλα νέφη και φιλοξενία
    [cdn] δίκτυα διανομής περιεχομένου
    [streaming] δίκτυα streaming
   *[other] άλλα
}
no-provider-list = σε καμία λίστα παρόχων
unknown-device = άγνωστη συσκευή

## Command line: errors a user sees

error-loading-ranges = κατά τη φόρτωση των περιοχών διευθύνσεων των παρόχων
error-bundled-catalogue = κατά την ανάγνωση του ενσωματωμένου καταλόγου
error-reading-stdin = κατά την ανάγνωση της τυπικής εισόδου
error-writing-report = κατά την εγγραφή της αναφοράς
error-writing-flows = κατά την εγγραφή των ροών

## nuage lookup

lookup-need-addresses = δώστε μία ή περισσότερες διευθύνσεις, ή --stdin
lookup-bad-address = το { $text } δεν είναι διεύθυνση IPv4 ή IPv6
lookup-no-match = δεν ταιριάζει με καμία λίστα παρόχων
lookup-matched = { $prefix } σύμφωνα με { $source } ({ $origin })

## nuage replay

replay-captured = Καταγραφή από { $from } έως { $to }: { $frames ->
    [one] { $frames } πλαίσιο
   *[other] { $frames } πλαίσια
}, { $size }
replay-internet = Διαδίκτυο: { $up } αποστολή, { $down } λήψη, { $flows ->
    [one] { $flows } ροή
   *[other] { $flows } ροές
}
replay-lan = Τοπικό δίκτυο: { $size } ({ $flows ->
    [one] { $flows } ροή
   *[other] { $flows } ροές
}, { $non_ip ->
    [one] { $non_ip } πλαίσιο εκτός IP
   *[other] { $non_ip } πλαίσια εκτός IP
})
replay-big-tech-share = Μερίδιο της κίνησης Διαδικτύου στο { -big-tech }: { $share }
replay-by-group = Ανά ομάδα:
replay-by-provider = Ανά πάροχο:
replay-decided-by = απόφαση από υποδομή και υπηρεσία: { $both }, μόνο από την υποδομή: { $infrastructure }, μόνο από την υπηρεσία: { $service }
replay-encrypted-dns = Κρυπτογραφημένο DNS (DoH/DoT/DoQ): { $size }, { $flows ->
    [one] { $flows } ροή
   *[other] { $flows } ροές
}
replay-by-service = Ανά υπηρεσία (ιδιοκτήτης · υποδομή):
replay-by-domain = Ονόματα χωρίς κανόνα υπηρεσίας (καταχωρίσιμος τομέας):
replay-by-network = Άλλα δίκτυα (βάση δεδομένων ASN):
replay-and-more = … και { $count } ακόμη
replay-provider-origin = Ο πάροχος καθορίστηκε από:
replay-by-device = Ανά συσκευή:
replay-undecodable = Μη αποκωδικοποιήσιμα: { $frames ->
    [one] { $frames } πλαίσιο
   *[other] { $frames } πλαίσια
}, { $size }
replay-flow-table = Πίνακας ροών: { $flows ->
    [one] { $flows } ροή
   *[other] { $flows } ροές
}, { $evicted } απορρίφθηκαν στο όριο των { $cap }

## nuage ranges sources

ranges-col-id = ID
ranges-col-provider = ΠΑΡΟΧΟΣ
ranges-col-format = ΜΟΡΦΗ
ranges-col-every = ΚΑΘΕ
ranges-col-save-as = ΑΠΟΘΗΚΕΥΣΗ ΩΣ
ranges-col-url = URL
ranges-all-providers = (όλοι)
ranges-offline-howto = Για ενημέρωση ενός μηχανήματος χωρίς Διαδίκτυο: κατεβάστε κάθε URL από άλλον υπολογιστή, αποθηκεύστε τα αρχεία σε έναν φάκελο με τα ονόματα της στήλης ΑΠΟΘΗΚΕΥΣΗ ΩΣ και εκτελέστε `nuage ranges update --from ΦΑΚΕΛΟΣ`.
ranges-note-discover = { $id }: το URL είναι σελίδα· κατεβάστε το αρχείο στο οποίο παραπέμπει και αποθηκεύστε το ως { $file }
ranges-note-placeholders = { $id }: αντικαταστήστε τα {"{"}YYYY{"}"} και {"{"}MM{"}"} με το τρέχον έτος και μήνα
ranges-note-gzip = { $id }: η λήψη είναι συμπιεσμένη με gzip· αποθηκεύστε την ως { $file }, συμπιεσμένη ή όχι
ranges-note-zip = { $id }: η λήψη είναι αρχείο zip· αποθηκεύστε την ως { $file } όπως είναι, ή με τα αρχεία της ενωμένα
ranges-note-licence = { $id }: άδεια: { $licence }

## nuage ranges status

ranges-col-source = ΠΗΓΗ
ranges-col-file = ΑΡΧΕΙΟ
ranges-col-date = ΗΜΕΡΟΜΗΝΙΑ
ranges-col-age = ΗΛΙΚΙΑ
ranges-col-state = ΚΑΤΑΣΤΑΣΗ
ranges-state-not-imported = δεν έχει εισαχθεί
ranges-state-unreadable = ΜΗ ΑΝΑΓΝΩΣΙΜΗ: { $error }
ranges-state-stale = ΠΑΛΙΑ
ranges-state-ok = εντάξει
ranges-bundled = Ενσωματωμένο στιγμιότυπο: { $date }· προθέματα από ASN: { $asn_v4 } IPv4 / { $asn_v6 } IPv6· δημοσιευμένα: { $published_v4 } IPv4 / { $published_v6 } IPv6.
ranges-bundled-date = { $date } (πριν από { $days } ημ.)
ranges-undated = χωρίς ημερομηνία
ranges-stale-hint = Οι ΠΑΛΙΕΣ λίστες είναι παλαιότερες από το διπλάσιο του ρυθμού δημοσίευσής τους: εκτελέστε `nuage ranges update`.

## nuage ranges update

ranges-prefixes = { $count ->
    [one] { $count } πρόθεμα
   *[other] { $count } προθέματα
}
ranges-updated = { $id }: { $size }, { $prefixes } ✓
ranges-updated-diff = { $id }: { $size }, { $prefixes } (+{ $added } / −{ $removed }) ✓
ranges-not-modified = { $id }: αμετάβλητο στον διακομιστή
ranges-unchanged = { $id }: αμετάβλητο, { $prefixes }
ranges-not-in-dir = { $id }: το { $file } δεν υπάρχει στο { $dir }, παραλείπεται
ranges-failed-kept = { $id }: ΑΠΟΤΥΧΙΑ: { $error }· παραμένει σε χρήση το προηγούμενο αρχείο
ranges-failed-bundled = { $id }: ΑΠΟΤΥΧΙΑ: { $error }· δεν έχει εισαχθεί ακόμη τίποτα, παραμένει σε χρήση το ενσωματωμένο στιγμιότυπο
ranges-from-empty = ο φάκελος { $dir } δεν περιέχει κανένα από τα αναμενόμενα αρχεία (τα ονόματά τους δίνει η `nuage ranges sources`)

## Dashboard

view-services = Υπηρεσίες
view-devices = Συσκευές
view-flows = Ροές
col-provider = Πάροχος
col-service = Υπηρεσία
col-device = Συσκευή
col-share = Μερίδιο
col-traffic = Κίνηση
devices-hidden = Οι συσκευές δεν εμφανίζονται (ρύθμιση απορρήτου «{ $privacy }»).
help-title = Πλήκτρα
key-quit = έξοδος
key-today = πίσω στο σήμερα

## Units

unit-flows = { $count ->
    [one] { $count } ροή
   *[other] { $count } ροές
}
unit-devices = { $count ->
    [one] { $count } συσκευή
   *[other] { $count } συσκευές
}
unit-days = { $count ->
    [one] { $count } μέρα
   *[other] { $count } μέρες
}

## Reports

report-title = Πόσο στηριχτήκαμε στο { -big-tech };
report-subtitle = { $place }, { $date }
report-period = Από { $from } έως { $to }
report-section-summary = Σύνοψη
report-section-providers = Πάροχοι
report-section-services = Υπηρεσίες
report-section-devices = Συσκευές
report-section-timeline = Στη διάρκεια της μέρας
report-section-baseline = Σε σχέση με μια συνηθισμένη μέρα
report-section-method = Πώς μετράει το nuage
report-caveat-cdn = Τα δίκτυα διανομής περιεχομένου εξυπηρετούν πολλές εταιρείες: η κίνησή τους αποδίδεται στο δίκτυο, όχι στον ιστότοπο που επισκεφτήκατε.
report-caveat-bytes = Τα bytes δεν είναι ενέργεια ούτε εκπομπές: εδώ ένα byte βίντεο μετράει όσο ένα byte ενός μηνύματος.

## dashboard (session 3)
dash-no-place = αυτός ο χώρος
dash-live = ζωντανά
dash-paused = σε παύση
dash-not-live = όχι ζωντανά
dash-history = ιστορικό
dash-from-database = ανάγνωση του { $path }
dash-tab-overview = Σύνοψη
dash-help-hint = ? βοήθεια
dash-headline-title = Μερίδιο στο { -big-tech }
dash-headline-no-data = Δεν έχει μετρηθεί ακόμη κίνηση Διαδικτύου για αυτή την ημέρα.
dash-no-baseline = δεν υπάρχει ακόμη συνηθισμένη μέρα για σύγκριση
dash-share-of = { $big_tech } από { $total }
dash-vs-usual = { $change } { vs-usual } ({ $usual })
dash-vs-usual-days = { $change } σε σχέση με μια συνηθισμένη μέρα ({ $usual })
dash-providers-title = Ποιος μετέφερε την κίνηση
dash-timeline-title = Μέσα στη μέρα ({ $bucket }, αιχμή { $peak })
dash-per-minutes = ανά { $minutes } λεπτά
dash-per-hours = { $hours ->
    [one] ανά ώρα
   *[other] ανά { $hours } ώρες
}
dash-flows-title = Τρέχουσες ροές
dash-cat-other-clouds = Άλλα νέφη/CDN
dash-cat-other-networks = Άλλα δίκτυα
dash-cat-lan = Εσωτερικά (LAN)
dash-lan-share = τοπικά
dash-legend-big-tech = Κολοσσοί
dash-legend-other = υπόλοιπα
dash-legend-now = τώρα
dash-col-service-carrier = Υπηρεσία · υποδομή
dash-col-named-by = Αναγνώριση μέσω
dash-col-lan = Τοπικά
dash-col-remote = Προορισμός
dash-col-rate = Τώρα ↓/↑
dash-col-rate-now = τώρα
dash-unnamed-service = Χωρίς όνομα
dash-unknown-network = άγνωστο δίκτυο
dash-source-address = διεύθυνση
dash-flows-hidden = Δεν υπάρχουν τρέχουσες ροές (ή τις κρύβει η ρύθμιση απορρήτου).
dash-flows-not-live = Οι ροές εμφανίζονται μόνο ζωντανά, για σήμερα.
dash-empty-list = Δεν έχει μετρηθεί τίποτα ακόμη.
dash-no-day-data = Δεν υπάρχουν αποθηκευμένα δεδομένα για αυτή την ημέρα.
dash-sort-traffic = κίνηση
dash-sort-big-tech = πρώτα οι κολοσσοί
dash-sort-name = όνομα
dash-sort-rate = ρυθμός τώρα
dash-sorted-by = ταξινόμηση: { $sort }
dash-units-bytes-si = byte (kB, MB)
dash-units-bytes-iec = byte (KiB, MiB)
dash-units-bits-si = bit (kbit, Mbit)
dash-units-bits-iec = bit (Kibit, Mibit)
dash-units-label = μονάδες: { $units }
dash-capture-ok = καταγραφή εντάξει
dash-interface-down = ανενεργή
dash-no-capture = χωρίς καταγραφή
dash-dropped = { $count ->
    [one] { $count } χαμένο
   *[other] { $count } χαμένα
}
dash-not-saving = δεν αποθηκεύεται: { $error }
dash-ranges-version = εύρη { $version }
dash-footer-hints = Tab όψη  ←/→ μέρα  s ταξινόμηση  u μονάδες  p παύση  ? βοήθεια  q έξοδος
dash-help-close = Πατήστε οποιοδήποτε πλήκτρο για κλείσιμο.
dash-help-views = επόμενη / προηγούμενη όψη
dash-help-move = κίνηση σε λίστα
dash-help-page = μετακίνηση κατά μια σελίδα
dash-help-sort = αλλαγή ταξινόμησης
dash-help-pause = παύση / συνέχιση ενημέρωσης
dash-help-days = προηγούμενη / επόμενη μέρα
dash-help-units = μονάδες: byte ή bit, kB ή KiB
dash-help-help = αυτή η βοήθεια
dash-help-mouse-key = ποντίκι
dash-help-mouse = κύλιση λιστών, κλικ στο όνομα μιας όψης
dash-too-small =
    Το τερματικό είναι πολύ μικρό
    για τον πίνακα (τουλάχιστον { $width }×{ $height }).
dash-needs-terminal = το { $command } σχεδιάζει έναν πίνακα και χρειάζεται τερματικό (η τυπική έξοδος δεν είναι τερματικό)

## report (session 3)
# Η αναφορά (nuage report) στις αναγνώσιμες μορφές της, και τα αναγνωριστικά που δείχνουν
# τα nuage replay και nuage lookup. Οι μετρήσεις έρχονται ως αριθμοί (πληθυντικοί)· μεγέθη,
# ποσοστά, ημερομηνίες και ώρες έρχονται ήδη μορφοποιημένα, ως κείμενο.

report-title-collective = Πόσο στηριχτήκαμε στο { -big-tech }; Όλοι οι χώροι μαζί
report-section-groups = Είδη παρόχων
report-section-networks = Άλλα δίκτυα
report-section-days = Μέρα με τη μέρα
report-section-health = Πόσο πλήρεις είναι αυτοί οι αριθμοί
report-section-places = Χώροι
report-headline = Το { $share } της κίνησής μας στο Διαδίκτυο ({ $total } συνολικά) πήγε προς το { -big-tech } ή ήρθε από αυτό.
report-headline-collective = Σε { $places ->
    [one] έναν χώρο
   *[other] { $places } χώρους
}, το { $share } της κίνησης στο Διαδίκτυο πήγε προς το { -big-tech } ή ήρθε από αυτό (από { $min } έως { $max } ανάλογα με τον χώρο).
report-baseline-sentence = { $direction ->
    [less] Δηλαδή { $points } ποσοστιαίες μονάδες λιγότερο από μια συνηθισμένη μέρα ({ $usual } κατά μέσο όρο σε { $days ->
        [one] μία μέρα
       *[other] { $days } μέρες
    }).
   *[more] Δηλαδή { $points } ποσοστιαίες μονάδες περισσότερο από μια συνηθισμένη μέρα ({ $usual } κατά μέσο όρο σε { $days ->
        [one] μία μέρα
       *[other] { $days } μέρες
    }).
}
report-baseline-method = { $method ->
    [same-weekday] η ίδια μέρα της εβδομάδας τις προηγούμενες εβδομάδες
    [previous-weeks] οι τέσσερις προηγούμενες εβδομάδες
    [range] οι μέρες που ζητήθηκαν
   *[places] η συνηθισμένη μέρα κάθε χώρου
}
report-baseline-days = Συνηθισμένη μέρα: { $how }.
report-baseline-days-list = Συνηθισμένη μέρα: { $how } ({ $days }).
report-no-data = Δεν καταγράφηκε καμία κίνηση.
report-more = … και { $count } ακόμη
report-points = { $points } ποσ. μον.
report-row-internet = Κίνηση στο Διαδίκτυο
report-row-share = Μερίδιο του νέφους των κολοσσών
report-row-internet-value = { $total } ({ $up } αποστολή, { $down } λήψη)
report-row-lan = Μέσα στον χώρο (τοπικό δίκτυο)
report-row-by-bytes = Νέφος των κολοσσών, σε bytes
report-row-by-flows = σε συνδέσεις
report-row-by-flows-value = { $share } ({ $big_tech } από { $flows ->
    [one] { $flows } σύνδεση
   *[other] { $flows } συνδέσεις
})
report-row-by-minutes = σε λεπτά δραστηριότητας
report-row-by-minutes-value = { $share } ({ $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
})
report-row-by-infrastructure = λόγω της υποδομής
report-row-by-service-only = μόνο λόγω του ιδιοκτήτη της υπηρεσίας
report-col-provider = Πάροχος
report-col-group = Είδος
report-col-traffic = Κίνηση
report-col-share = Μερίδιο
report-col-service = Υπηρεσία
report-col-owner = Ιδιοκτήτης
report-col-carried-by = Μέσω
report-col-hour = Ώρα
report-col-day = Μέρα
report-col-big-tech = Νέφος των κολοσσών
report-col-other = Υπόλοιπο Διαδίκτυο
report-col-lan = Τοπικό δίκτυο
report-col-device = Συσκευή
report-col-usual = Συνηθισμένη μέρα
report-col-now = Αυτή τη φορά
report-col-change = Μεταβολή
report-col-place = Χώρος
report-col-network = Δίκτυο
report-col-layer = Απόδοση με βάση
report-col-decision = Μετράει στο νέφος των κολοσσών λόγω
report-big-tech-mark = Big Tech
report-unknown = άγνωστο
report-not-recorded = δεν καταγράφηκε
report-other-networks = Άλλα δίκτυα
report-unnamed = Χωρίς όνομα
report-group = { $group ->
    [big-tech] Νέφος των τεχνολογικών κολοσσών
    [cloud] Άλλα νέφη και φιλοξενία
    [cdn] Δίκτυα διανομής περιεχομένου
    [streaming] Δίκτυα streaming
    [none] Δίκτυα που δεν ξέρει καμία λίστα
   *[other] Ορισμένα στις ρυθμίσεις σας
}
report-layer = { $layer ->
    [official] Λίστες διευθύνσεων των ίδιων των παρόχων
    [asn] Ενσωματωμένο στιγμιότυπο των δικτύων τους (ASN)
    [mmdb] Βάση δεδομένων δικτύων (ASN)
    [user] Οι δικές σας ρυθμίσεις
   *[unattributed] Χωρίς απόδοση
}
report-decision = { $decision ->
    [both] της υποδομής και της υπηρεσίας
    [infrastructure] μόνο της υποδομής
    [service] μόνο της υπηρεσίας (σε ξένη υποδομή)
   *[neither] δεν είναι νέφος των κολοσσών
}
report-chart-gauge = Μερίδιο της κίνησης στο Διαδίκτυο που πήγε στο νέφος των κολοσσών
report-chart-providers = Κίνηση ανά πάροχο
report-chart-timeline = Κίνηση ανά ώρα: νέφος των κολοσσών (σκούρο) και υπόλοιπο Διαδίκτυο (ανοιχτό)
report-chart-timeline-days = Κίνηση ανά μέρα: νέφος των κολοσσών (σκούρο) και υπόλοιπο Διαδίκτυο (ανοιχτό)
report-chart-baseline = Μερίδιο του νέφους των κολοσσών: μια συνηθισμένη μέρα και αυτή τη φορά
report-health-minutes = Λεπτά με κίνηση: { $with } από { $all }.
report-health-gaps = Κενά χωρίς καταγραφή: { $gaps } ({ $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
}).
report-health-dropped = Πακέτα που χάθηκαν στην καταγραφή: { $dropped }.
report-health-clock-jumps = Άλματα του ρολογιού: { $jumps }.
report-health-unattributed = Χωρίς απόδοση σε πάροχο: { $size } ({ $share }).
report-health-unnamed = Χωρίς όνομα (καμία γνωστή υπηρεσία): { $size }.
report-health-ranges = Λίστες διευθύνσεων των παρόχων της { $date } (πριν από { $days ->
    [one] { $days } μέρα
   *[other] { $days } μέρες
}).
report-health-ranges-undated = Λίστες διευθύνσεων των παρόχων: άγνωστη ημερομηνία.
report-health-gap = Κενό από { $start }, { $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
}.
report-caveat-daemon = Διαβάστηκε από την υπηρεσία nuage που τρέχει, η οποία δεν αναφέρει κενά, απώλειες ή άλματα του ρολογιού: ελέγξτε τα με `nuage report --db`.
report-caveat-gap = Δεν καταγράφηκε τίποτα για { $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
}: τα πραγματικά σύνολα είναι μεγαλύτερα.
report-caveat-dropped = Η καταγραφή έχασε κάποια πακέτα: τα σύνολα είναι λίγο χαμηλότερα.
report-caveat-clock = Το ρολόι άλλαξε απότομα στη διάρκεια της καταγραφής: κάποια λεπτά μπορεί να βρίσκονται σε λάθος ώρα.
report-caveat-unattributed = Το { $share } της κίνησης πήγε σε διευθύνσεις που δεν αποδίδει καμία λίστα: το μερίδιο των κολοσσών μπορεί να είναι μεγαλύτερο.
report-caveat-old-lists = Οι λίστες διευθύνσεων των παρόχων είναι παλιές: εκτελέστε `nuage ranges update`.
report-methods-rule = Η κίνηση μετράει στο { -big-tech } όταν η διεύθυνση όπου πήγε ανήκει στην υποδομή ενός τεχνολογικού κολοσσού, Ή όταν η υπηρεσία πίσω της ανήκει σε κάποιον από αυτούς (το YouTube από μια κρυφή μνήμη μέσα στον πάροχο Διαδικτύου σας παραμένει Google). Οι εταιρείες: { $companies }.
report-methods-attribution = Οι διευθύνσεις αποδίδονται με τις λίστες που δημοσιεύουν οι ίδιοι οι πάροχοι και μετά με ένα ενσωματωμένο στιγμιότυπο των δικτύων τους (ASN). Οι υπηρεσίες αναγνωρίζονται από τις απαντήσεις DNS, τα ονόματα διακομιστή TLS και QUIC και τις κεφαλίδες Host του HTTP που περνούν από το δίκτυο· το nuage δεν αποθηκεύει ποτέ το περιεχόμενο της κίνησης.
report-methods-blind = Τι δεν φαίνεται: ονόματα που ζητήθηκαν μέσω κρυπτογραφημένου DNS (DoH, DoT), συνδέσεις που κρύβουν το όνομα του διακομιστή (ECH) και ό,τι περνά μέσα από VPN ή διακομιστή μεσολάβησης, που μετράει για τον πάροχο του VPN. Η κίνηση που δεν πέρασε ποτέ από αυτό το δίκτυο (δεδομένα κινητής) δεν μετριέται.
report-methods-privacy = Ρύθμιση ιδιωτικότητας κατά την καταγραφή: { $privacy ->
    [full] πλήρης (συσκευές με τη διεύθυνση υλικού τους)
    [devices-anonymous] συσκευές με ψευδώνυμο
    [aggregate] μόνο σύνολα, χωρίς συσκευές
   *[mixed] διαφορετική σε κάθε χώρο
}.
report-merged-note = Συνδυασμός των αναφορών { $places ->
    [one] ενός χώρου
   *[other] { $places } χώρων
}. Καμία λεπτομέρεια για τις συσκευές δεν μεταφέρεται.
origin-name = { $origin ->
    [official] λίστες των ίδιων των παρόχων
    [asn] ενσωματωμένο στιγμιότυπο δικτύων (ASN)
    [mmdb] βάση δεδομένων ASN (mmdb)
    [user] οι δικές σας ρυθμίσεις
   *[none] χωρίς απόδοση
}
lookup-asn-database = AS{ $asn } σύμφωνα με τη βάση δεδομένων ASN (mmdb)
lookup-asn-no-provider = δεν ταιριάζει με καμία λίστα παρόχων· δίκτυο { $network }
# nuage report: what it says when it cannot write a report.
report-error-future = η { $day } είναι στο μέλλον (σήμερα είναι { $today } στη ζώνη { $zone })
report-error-not-a-date = { $option }: το «{ $text }» δεν είναι ημερομηνία (αναμένεται ΕΕΕΕ-ΜΜ-ΗΗ, today ή yesterday)
report-error-from-after-to = το --from { $from } είναι μετά το --to { $to }
report-error-too-long = μια αναφορά καλύπτει το πολύ { $days } μέρες (το διάστημα { $period } είναι μεγαλύτερο)
report-error-no-data = δεν καταγράφηκε κίνηση για { $period } σύμφωνα με { $source }: { $hint }
report-error-no-database = δεν υπάρχει βάση δεδομένων χρήσης στο { $db }
report-error-no-source = δεν υπάρχει βάση δεδομένων χρήσης στο { $db } ούτε υπηρεσία nuage στο { $socket }: ξεκινήστε πρώτα την υπηρεσία ή δώστε --db ΔΙΑΔΡΟΜΗ
report-period-dates = { $from } έως { $to }
report-source-daemon = την υπηρεσία nuage που τρέχει
report-hint-database = η βάση δεδομένων έχει δεδομένα από { $from } έως { $to }
report-hint-database-empty = η βάση δεδομένων δεν έχει ακόμη κίνηση
report-hint-daemon = η υπηρεσία έχει δεδομένα από { $from } έως { $to }
report-hint-daemon-empty = η υπηρεσία δεν έχει ακόμη κίνηση
report-notice-aggregate = η ρύθμιση ιδιωτικότητας είναι `aggregate`: δεν κρατιούνται συσκευές, οπότε η αναφορά δεν έχει ενότητα ανά συσκευή
report-notice-no-baseline = καμία από τις μέρες σύγκρισης δεν έχει δεδομένα· η αναφορά δεν περιέχει σύγκριση

## command line (session 4)
cli-dashboard = κατά την εμφάνιση του πίνακα
cli-start-thread = κατά την εκκίνηση μιας εργασίας στο παρασκήνιο
cli-signals = κατά την προετοιμασία του τερματισμού με σήμα
cli-starting-run = κατά την εκκίνηση του nuage run
cli-running = κατά τη μέτρηση
cli-loading-services = κατά τη φόρτωση του καταλόγου υπηρεσιών
cli-writing-file = κατά την εγγραφή του { $path }
cli-demo-open = κατά το άνοιγμα της καταγραφής επίδειξης { $path }
cli-demo-household = νοικοκυριό επίδειξης
cli-unknown-error = άγνωστο σφάλμα
cli-unsaved-rows = { $count ->
    [one] { $count } γραμμή δεν γράφτηκε στη βάση δεδομένων
   *[other] { $count } γραμμές δεν γράφτηκαν στη βάση δεδομένων
}: { $error }
cli-flush-secs = --flush-secs { $value }: δώστε από { $min } έως { $max } δευτερόλεπτα
cli-no-day-before = { $option }: δεν υπάρχει μέρα πριν από τις { $today }
cli-baseline-syntax = --baseline «{ $spec }»: γράψτε `none` ή ΑΠΟ..ΕΩΣ (για παράδειγμα 2027-03-01..2027-03-07)
cli-baseline-reversed = --baseline «{ $spec }»: η { $from } είναι μετά την { $to }
cli-baseline-too-long = --baseline «{ $spec }»: το πολύ { $days } μέρες
cli-older-daemon = η υπηρεσία nuage που τρέχει είναι παλαιότερη από αυτό το nuage και απαντά μόνο μέρα-μέρα: ενημερώστε την, ή δώστε --db ΔΙΑΔΡΟΜΗ για αναφορά πολλών ημερών
cli-top-hint = τρέχει το `nuage run`; (το `nuage demo` δείχνει τον πίνακα χωρίς υπηρεσία)
cli-top-no-snapshot = η υπηρεσία στο { $socket } δεν έστειλε καμία κατάσταση: { $error }
cli-top-closed = η υπηρεσία στο { $socket } έκλεισε τη σύνδεση

err-config-read = δεν διαβάζεται το αρχείο ρυθμίσεων { $path }: { $error }
err-config-line-key = αρχείο ρυθμίσεων { $path }, γραμμή { $line }, κλειδί «{ $key }»: { $problem }
err-config-line = αρχείο ρυθμίσεων { $path }, γραμμή { $line }: { $problem }
err-config-key = αρχείο ρυθμίσεων { $path }, κλειδί «{ $key }»: { $problem }
err-config-file = αρχείο ρυθμίσεων { $path }: { $problem }
err-config-unknown-key = το nuage δεν ξέρει κλειδί «{ $key }» εδώ (τυπογραφικό λάθος;)· αυτή η ενότητα δέχεται: { $expected }
err-unknown-lang = το nuage δεν μιλά «{ $name }»· διαλέξτε ανάμεσα σε { $available }
err-config-flush-secs = τα { $value } δευτερόλεπτα είναι εκτός ορίων: δώστε από { $min } έως { $max }
err-config-capture-buffer = τα { $value } MiB είναι εκτός ορίων: δώστε από { $min } έως { $max }
err-config-zero-days = 0 μέρες θα έσβηναν όλες τις γραμμές μονομιάς: δώστε τουλάχιστον 1
err-config-pending-rows = το { $value } είναι πολύ λίγο: δώστε τουλάχιστον { $min }
err-config-host-bits = το πρόθεμα { $prefix } έχει bit υπολογιστή (μήπως εννοείτε { $network };)
err-config-socket-length = η διαδρομή του socket πρέπει να έχει από 1 έως { $max } byte, όχι { $len }
err-config-metrics-remote = το { $listen } είναι προσβάσιμο από άλλα μηχανήματα: χρησιμοποιήστε 127.0.0.1 (ή ::1), ή προσθέστε allow-remote = true κάτω από το [metrics]

err-capture-open = δεν ανοίγει το αρχείο καταγραφής { $path }: { $error }
err-capture-too-short = δεν ανοίγει το αρχείο καταγραφής { $path }: έχει μόνο { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } byte
}, πολύ λίγα για καταγραφή
err-capture-corrupt-at = το αρχείο καταγραφής { $path } είναι κομμένο ή χαλασμένο στο byte { $offset } (μετά από { $packets ->
    [one] { $packets } πακέτο
   *[other] { $packets } πακέτα
}): { $error }
err-capture-corrupt = το αρχείο καταγραφής { $path } είναι κομμένο ή χαλασμένο μετά από { $packets ->
    [one] { $packets } πακέτο
   *[other] { $packets } πακέτα
}: { $error }
err-capture-interface = δεν γίνεται καταγραφή στη διεπαφή { $interface }: { $error }
err-capture-filter = το φίλτρο καταγραφής «{ $filter }» στη { $interface } δεν είναι έγκυρο: { $error }
err-capture-read = η ανάγνωση από τη διεπαφή { $interface } απέτυχε: { $error }
err-capture-no-default = δεν βρέθηκε προεπιλεγμένη διαδρομή (στα /proc/net/route ή /proc/net/ipv6_route): δώστε τη διεπαφή όπου θα γίνει η καταγραφή
err-capture-timeout = δεν ήρθε κανένα πακέτο μέσα στον χρόνο αναμονής
err-daemon-capture-permission = { $error }: η καταγραφή χρειάζεται root ή τη δυνατότητα CAP_NET_RAW (δείτε το README: εκτέλεση ως υπηρεσία)

err-store-locked = { $path }: η βάση δεδομένων είναι κλειδωμένη από άλλο πρόγραμμα (τρέχει κι άλλο nuage;)
err-store-corrupt = το { $path } δεν είναι αναγνώσιμη βάση SQLite (χαλασμένη ή άλλο είδος αρχείου)· έμεινε ανέγγιχτο: μετακινήστε το στην άκρη για να ξεκινήσει νέα
err-store-not-nuage = το { $path } είναι βάση SQLite άλλης εφαρμογής ({ $tables ->
    [one] { $tables } πίνακας
   *[other] { $tables } πίνακες
})· έμεινε ανέγγιχτο: δώστε στο nuage δική του διαδρομή
err-store-too-new = { $path }: η έκδοση σχήματος { $found } είναι νεότερη από όσο καταλαβαίνει αυτό το nuage ({ $supported })· έμεινε ανέγγιχτο: αναβαθμίστε το nuage
err-store-too-old = { $path }: η έκδοση σχήματος { $found } είναι παλαιότερη από την { $supported }, και όταν ανοίγει μόνο για ανάγνωση δεν αναβαθμίζεται: ξεκινήστε μία φορά το `nuage run` για να γίνει
err-store-read-only = { $path }: δεν γίνεται εγγραφή στη βάση δεδομένων (αρχείο, φάκελος ή σύστημα αρχείων μόνο για ανάγνωση)
err-store-disk-full = { $path }: ο δίσκος γέμισε
err-store-cannot-open = { $path }: το αρχείο της βάσης δεν ανοίγει ούτε δημιουργείται (υπάρχει ο φάκελος και μπορεί το nuage να γράψει εκεί;)
err-store-invalid-data = { $path }: αποθηκευμένη τιμή που αυτό το nuage δεν μπορεί να διαβάσει ({ $error })
err-store-sqlite = { $path }: σφάλμα βάσης δεδομένων ({ $error })
err-store-time-zone = άγνωστη ζώνη ώρας «{ $name }» (γράψτε ένα όνομα IANA, όπως Europe/Athens): { $error }
err-db-missing = δεν υπάρχει βάση δεδομένων στο { $path } (το `nuage run` δημιουργεί το nuage.db στον φάκελο δεδομένων του)
err-db-open = δεν διαβάζεται η βάση δεδομένων { $path }: { $error }
err-db-shm = το { $shm } ανήκει σε ένα `nuage run` που τρέχει και αυτός ο χρήστης δεν μπορεί να το γράψει, κάτι που χρειάζεται η ανάγνωση δίπλα στην υπηρεσία: εκτελέστε την εντολή ως χρήστης της υπηρεσίας (`sudo -u nuage`), ή χρησιμοποιήστε το `nuage top` χωρίς --db, μέσα από το socket της υπηρεσίας

err-client-not-running = καμία υπηρεσία nuage στο { $path } ({ $error })
err-client-io = socket ελέγχου: { $error }
err-client-refused = η υπηρεσία αρνήθηκε το αίτημα «{ $request }»: { $error }
err-client-protocol = η απάντηση της υπηρεσίας δεν βγάζει νόημα για αυτό το nuage: { $error }
err-client-closed = η υπηρεσία έκλεισε τη σύνδεση

err-merge-read = δεν διαβάζεται το { $path }: { $error }
err-merge-parse = το { $path } δεν είναι αναφορά του nuage (JSON): { $error }
err-merge-no-version = το { $path } δεν έχει schema_version: γράφτηκε από το `nuage report --format json`;
err-merge-version = το { $path } έχει έκδοση σχήματος αναφοράς { $found }, και αυτό το nuage διαβάζει την έκδοση { $expected }: γράψτε το ξανά με την ίδια έκδοση του nuage
err-merge-collective = το { $path } είναι ήδη συλλογική αναφορά: ενώστε καλύτερα τις αναφορές κάθε χώρου
err-merge-empty = τίποτα για ένωση: δώστε τουλάχιστον μία αναφορά
err-render-json = κατά την εγγραφή της αναφοράς σε JSON: { $error }

err-ranges-unknown-source = δεν υπάρχει πηγή «{ $id }» (γνωστές: { $known })
err-ranges-busy = τρέχει ήδη άλλο `nuage ranges update` (κρατά το { $path })
err-ranges-decompress = { $file }: δεν αποσυμπιέζεται: { $error }
err-ranges-shrank = το { $file } έχει { $new } προθέματα ενώ το τρέχον αρχείο έχει { $old }: θα χανόταν πάνω από το μισό, γι’ αυτό απορρίφθηκε (το --force το δέχεται)
err-ranges-catalogue = { $file }: άγνωστο { $what } «{ $value }» στον κατάλογο
err-download-refused = { $url }: απορρίφθηκε ({ $error })
err-download-status = { $url }: ο διακομιστής απάντησε HTTP { $status }
err-download-transport = { $url }: { $error }
err-download-no-link = { $url }: η σελίδα δεν έχει σύνδεσμο προς αρχείο ServiceTags_Public_<ημερομηνία>.json
err-download-gzip = μη έγκυρο gzip: { $error }
err-zip = μη αναγνώσιμο αρχείο zip: { $error }
err-parse-syntax = μη έγκυρο { $format }: { $error }
err-parse-entry = εγγραφή { $entry }: { $error }
err-parse-empty = το αρχείο δεν περιέχει καμία περιοχή διευθύνσεων
err-override = η δική σας καταχώριση provider-ranges για το { $prefix }: { $error }
err-asn-read = δεν διαβάζεται η βάση ASN { $path }: { $error }
err-asn-invalid = η βάση ASN { $path } δεν είναι έγκυρη βάση MaxMind: { $error }

err-cannot-read = δεν διαβάζεται το { $path }: { $error }
err-cannot-write = δεν γράφεται το { $path }: { $error }
err-cannot-create = δεν δημιουργείται το { $path }: { $error }
err-cannot-lock = δεν κλειδώνει το { $path }: { $error }
err-not-a-folder = το { $path } δεν είναι φάκελος

err-daemon-no-such-user = [daemon] user = «{ $name }»: δεν υπάρχει τέτοιος χρήστης στο /etc/passwd
err-daemon-ranges = κατά τη φόρτωση των περιοχών διευθύνσεων των παρόχων: { $error }
err-daemon-secret = μυστικό των ψευδωνύμων { $path }: { $error }
err-daemon-privileges = κατά την απόρριψη των δικαιωμάτων: { $error }
err-metrics-not-loopback = η διεύθυνση των μετρήσεων { $addr } είναι προσβάσιμη από άλλα μηχανήματα· βάλτε allow-remote = true κάτω από το [metrics] για να τα εξυπηρετεί
err-metrics-bind = δεν γίνεται να σερβιριστούν μετρήσεις στο { $addr }: { $error }
err-demo-empty = η καταγραφή επίδειξης { $path } δεν έχει κανένα πακέτο

dash-store-locked = βάση κλειδωμένη
dash-store-disk-full = δίσκος γεμάτος
dash-store-read-only = βάση μόνο ανάγνωσης
dash-store-cannot-open = βάση απρόσιτη
dash-store-unusable = βάση άχρηστη
dash-store-failed = σφάλμα βάσης
dash-store-folded = (μετρά στη μνήμη· { $count ->
    [one] { $count } γραμμή συγχωνεύτηκε
   *[other] { $count } γραμμές συγχωνεύτηκαν
} ανά ώρα, τα σύνολα μένουν)
dash-offload = η επιτάχυνση υλικού κρύβει το { $hidden } της κίνησης

## session 5
## The command line as clap reads it, the system's common errors, the database's and the
## decoder's (see en.ftl for what each variable holds).

cli-usage = Χρήση:
cli-more-help = Για περισσότερα, δοκιμάστε «{ $help }».
cli-arg-unknown = απροσδόκητο όρισμα «{ $arg }»
cli-command-unknown = άγνωστη εντολή «{ $name }»
cli-arg-missing-value = το «{ $arg }» χρειάζεται τιμή, αλλά δεν δόθηκε καμία
cli-arg-invalid-value = μη έγκυρη τιμή «{ $value }» για το «{ $arg }»
cli-possible-values = δυνατές τιμές: { $values }
cli-arg-bad-value = { $arg }: { $reason }
cli-value-number = το «{ $value }» δεν είναι ακέραιος αριθμός μέσα στα επιτρεπτά όρια
cli-value-demo-speed = το «{ $value }» δεν είναι ταχύτητα από 0 έως 100000 (για παράδειγμα 60)
cli-value-time-of-day = το «{ $value }» δεν είναι ώρα της ημέρας όπως 07:30
cli-value-run-speed = το «{ $value }» δεν είναι ταχύτητα: δώστε συντελεστή πάνω από 0 (1 = πραγματικός χρόνος, 60 = ένα λεπτό ανά δευτερόλεπτο) ή max
cli-value-format = άγνωστη μορφή «{ $value }» (γράψτε text, md, json, csv ή html)
cli-value-network = το «{ $value }» δεν είναι πρόθεμα δικτύου όπως 192.0.2.0/24 ή 2001:db8::/32
cli-arg-required = λείπουν αυτά τα υποχρεωτικά ορίσματα:
cli-command-missing = το «{ $name }» χρειάζεται εντολή, αλλά δεν δόθηκε καμία
cli-possible-commands = εντολές: { $commands }
cli-arg-repeated = το «{ $arg }» δεν μπορεί να δοθεί πάνω από μία φορά
cli-arg-conflict = το «{ $arg }» δεν μπορεί να χρησιμοποιηθεί μαζί με το «{ $other }»
cli-arg-conflict-many = το «{ $arg }» δεν μπορεί να χρησιμοποιηθεί μαζί με:
cli-arg-too-many = απροσδόκητη τιμή «{ $value }» για το «{ $arg }»: δεν αναμένονταν άλλες
cli-invalid-utf8 = ένα όρισμα δεν είναι έγκυρο κείμενο UTF-8
cli-tip-similar-command = συμβουλή: { $count ->
    [one] υπάρχει παρόμοια εντολή: { $names }
   *[other] υπάρχουν παρόμοιες εντολές: { $names }
}
cli-tip-similar-arg = συμβουλή: { $count ->
    [one] υπάρχει παρόμοια επιλογή: { $names }
   *[other] υπάρχουν παρόμοιες επιλογές: { $names }
}
cli-tip-similar-value = συμβουλή: { $count ->
    [one] υπάρχει παρόμοια τιμή: { $names }
   *[other] υπάρχουν παρόμοιες τιμές: { $names }
}
cli-tip-as-value = συμβουλή: για να δώσετε το «{ $arg }» ως τιμή, γράψτε «{ $fix }»
cli-tip-exists = συμβουλή: υπάρχει το «{ $usage }» (η επιλογή μπαίνει μετά την εντολή της)
cli-tip-remove-dashes = συμβουλή: η εντολή «{ $name }» υπάρχει· για να τη χρησιμοποιήσετε, σβήστε το «--» που έχει μπροστά της

err-io = { $kind ->
    [not-found] δεν υπάρχει τέτοιο αρχείο ή φάκελος
    [permission-denied] δεν επιτρέπεται η πρόσβαση
    [is-a-folder] είναι φάκελος, όχι αρχείο
    [not-a-folder] μέρος της διαδρομής δεν είναι φάκελος
    [read-only] το σύστημα αρχείων είναι μόνο για ανάγνωση
    [disk-full] δεν έμεινε χώρος στον δίσκο
    [exists] υπάρχει ήδη
    [refused] η σύνδεση απορρίφθηκε
    [timed-out] έληξε ο χρόνος αναμονής
    [address-in-use] η διεύθυνση χρησιμοποιείται ήδη
    [address-unavailable] αυτό το μηχάνημα δεν έχει τέτοια διεύθυνση
   *[other] { $detail }
}
err-ranges-invalid-file = { $path }: { $error }
err-store-io = { $path }: το σύστημα δεν μπόρεσε να διαβάσει ή να γράψει το αρχείο της βάσης (κάρτα SD ή δίσκος που χαλάει, ή USB που αφαιρέθηκε;)
dash-store-io = σφάλμα δίσκου
replay-undecodable-reason = { $reason ->
    [truncated] πλαίσιο πολύ μικρό για την κεφαλίδα { $header }
    [link-type] ο τύπος ζεύξης { $link } δεν υποστηρίζεται
    [not-ip] δεν είναι πακέτο IP (πρωτόκολλο ζεύξης { $protocol })
   *[malformed] κακοσχηματισμένη κεφαλίδα { $header }
}
ranges-date-from = { $date } ({ $from ->
    [published] δημοσίευση
    [updated] ενημέρωση
   *[file-time] ημ. αρχείου
})
err-daemon-reply = { $code ->
    [busy] είναι συνδεδεμένα πάρα πολλά προγράμματα· δοκιμάστε ξανά σε λίγο
    [unavailable] δεν μπορεί να απαντήσει τώρα (δεν διαβάζει τη βάση του· δείτε το αρχείο καταγραφής του)
    [not-found] δεν έχει τίποτα καταγεγραμμένο για ό,τι ζητήθηκε
   *[protocol] αυτό το nuage και η υπηρεσία δεν συνεννοούνται (είναι κάποιο από τα δύο παλαιότερο;): { $message }
}

## --help (session 5)

help-about-nuage = Πόσο στηριχτήκαμε σήμερα στο { -big-tech };
help-body-nuage =
    Το nuage παρακολουθεί την κίνηση ενός σπιτιού ή ενός κοινωνικού χώρου και αποδίδει κάθε ροή στον πάροχο Cloud που την εξυπηρετεί.
help-arg-nuage-data-dir = Πού κρατά το nuage τα δεδομένα του [default: /var/lib/nuage για τον root, αλλιώς ~/.local/share/nuage]
help-arg-nuage-config = Αρχείο ρυθμίσεων [default: /etc/nuage/nuage.toml αν υπάρχει]
help-arg-nuage-socket = Η υποδοχή ελέγχου της υπηρεσίας που τρέχει [default: /run/nuage/nuage.sock για τον root, αλλιώς $XDG_RUNTIME_DIR/nuage/nuage.sock· ή `[control] socket` στις ρυθμίσεις]
help-arg-nuage-verbose = Περισσότερα για το τι συμβαίνει (επαναλάβετε για ακόμη περισσότερα)
help-arg-nuage-json = Έξοδος των δεδομένων σε JSON (ένα αντικείμενο, ή ένα ανά γραμμή για λίστες)
help-arg-nuage-lang = Γλώσσα των μηνυμάτων: en, es, ca, fr, de, pt, el, ro, it [default: `lang` των ρυθμίσεων, μετά LC_ALL / LC_MESSAGES / LANG, μετά en]
help-about-lookup = Ποιος πάροχος εξυπηρετεί μια διεύθυνση, και γιατί
help-arg-lookup-addresses = Διευθύνσεις προς αναζήτηση (IPv4, IPv6, IPv4-mapped ή NAT64 64:ff9b::/96)
help-arg-lookup-stdin = Ανάγνωση διευθύνσεων και από την τυπική είσοδο, μία ανά γραμμή
help-about-ranges = Λίστες περιοχών διευθύνσεων των παρόχων: από πού έρχονται, πόσο πρόσφατες είναι, η ενημέρωσή τους
help-about-ranges-sources = Οι επίσημες πηγές: id, URL και το όνομα αρχείου που περιμένει το `update --from`
help-about-ranges-status = Ανά πηγή: ημερομηνία, ηλικία, πλήθος προθεμάτων και αν είναι παλιά
help-about-ranges-update = Λήψη κάθε επίσημης πηγής (ή εισαγωγή τους από φάκελο) και αντικατάσταση των τρεχουσών
help-body-ranges-update =
    Κάθε αρχείο ελέγχεται ολόκληρο πριν αντικαταστήσει αυτό που χρησιμοποιείται· μια πηγή που
    αποτυγχάνει κρατά το προηγούμενο αρχείο της. Οι λήψεις γίνονται μόνο μέσω HTTPS. Με
    `[ranges] mirror = "URL"` στις ρυθμίσεις, κάθε αρχείο έρχεται από το URL/<file> (ονόματα
    όπως τα δίνει το `nuage ranges sources`). Απλό http:// γίνεται δεκτό μόνο για αυτό το
    μηχάνημα (127.0.0.0/8, ::1, localhost), και αυτό χρησιμοποιούν οι δοκιμές.
help-arg-ranges-update-from = Εισαγωγή των αρχείων από αυτόν τον φάκελο (π.χ. ένα USB stick) αντί για λήψη
help-arg-ranges-update-force = Αποδοχή λίστας που μίκρυνε περισσότερο από το μισό
help-arg-ranges-update-sources = Μόνο αυτές οι πηγές (id από το `nuage ranges sources`)
help-about-replay = Μέτρηση της κίνησης αρχείων καταγραφής, όσο γρήγορα διαβάζονται
help-arg-replay-files = Αρχεία καταγραφής (pcap ή pcapng), με τη σειρά που δίνονται
help-arg-replay-flows = Κάθε ροή αντί για τη σύνοψη, ένα αντικείμενο JSON ανά γραμμή
help-arg-replay-lan = Ένα πρόθεμα που ανήκει στο τοπικό δίκτυο, πέρα από τις ιδιωτικές περιοχές (επαναλαμβανόμενο)
help-about-run = Λειτουργία ως υπηρεσία: καταγραφή, μέτρηση και φύλαξη των αριθμών στη βάση δεδομένων
help-body-run =
    Οι ρυθμίσεις έρχονται από το αρχείο ρυθμίσεων ([daemon] και [store], δείτε το
    nuage.example.toml)· οι επιλογές που δίνονται εδώ υπερισχύουν. Τα SIGTERM/SIGINT γράφουν
    ό,τι μετρήθηκε και τερματίζουν· το SIGHUP ξαναφορτώνει περιοχές παρόχων, ιδιωτικότητα και τόπο.
help-arg-run-interfaces = Διεπαφή καταγραφής (επαναλαμβανόμενη) [default: [daemon] interfaces, αλλιώς αυτή της προεπιλεγμένης διαδρομής]
help-arg-run-pcap = Να περάσει αυτό το αρχείο καταγραφής από τον ίδιο δρόμο αντί για καταγραφή
help-arg-run-speed = Με --pcap: N φορές ο πραγματικός χρόνος (60 = ένα λεπτό το δευτερόλεπτο), ή `max`
help-arg-run-looped = Με --pcap: ξανά από την αρχή όταν τελειώνει το αρχείο, κάθε πέρασμα την επόμενη μέρα (ή μέρες)
help-arg-run-flush-secs = Δευτερόλεπτα ανάμεσα σε εγγραφές στη βάση [default: [daemon] flush-secs, 60]
help-arg-run-tz = Ζώνη ώρας IANA στην οποία μετρώνται οι μέρες [default: [daemon] tz, αλλιώς του συστήματος]
help-arg-run-tui = Ο ζωντανός πίνακας σε αυτό το τερματικό κατά την καταγραφή (έξοδος με q· η καταγραφή σταματά και ό,τι μετρήθηκε γράφεται)
help-arg-run-user = Χρήστης χωρίς προνόμια που θα γίνει μετά το άνοιγμα των καταγραφών [default: [daemon] user, αλλιώς `nuage` αν υπάρχει]
help-arg-run-lan = Ένα πρόθεμα που ανήκει στο τοπικό δίκτυο, πέρα από τις ιδιωτικές περιοχές (επαναλαμβανόμενο)
help-about-demo = Ένας ζωντανός πίνακας από τη μέρα του σπιτιού επίδειξης, σε γρήγορη αναπαραγωγή (χωρίς root, χωρίς υπηρεσία)
help-body-demo =
    Αναπαράγει το demo/household.pcap (ένα φανταστικό σπίτι στις 8 Μαρτίου) μέσα από την
    πραγματική επεξεργασία, 60 φορές γρηγορότερα από τον πραγματικό χρόνο, σε επανάληψη, μία μέρα αργότερα κάθε φορά.
help-arg-demo-speed = Πόσες φορές γρηγορότερα από τον πραγματικό χρόνο περνά η μέρα
help-arg-demo-from = Ώρα της μέρας όπου ξεκινά η αναπαραγωγή (HH:MM)· τα προηγούμενα πακέτα μετρώνται αμέσως
help-arg-demo-file = Αναπαραγωγή αυτής της καταγραφής αντί για το σπίτι επίδειξης
help-about-top = Ο ζωντανός πίνακας της υπηρεσίας που τρέχει (μέσω της υποδοχής ελέγχου της), ή μιας βάσης δεδομένων
help-arg-top-db = Ανάγνωση αυτής της βάσης απευθείας, χωρίς υπηρεσία (όχι ζωντανά: χωρίς ρυθμούς, χωρίς ροές)
help-about-report = Η σύνοψη μιας μέρας για να τη μοιραστείτε: κείμενο, Markdown, JSON, CSV ή μια σελίδα HTML
help-arg-report-day = Η τοπική μέρα: ΕΕΕΕ-ΜΜ-ΗΗ, today ή yesterday [default: today]
help-arg-report-from = Πρώτη μέρα μιας περιόδου (με --to)
help-arg-report-to = Τελευταία μέρα μιας περιόδου, μαζί με αυτήν (με --from)
help-arg-report-baseline = Η συνηθισμένη μέρα για σύγκριση: `none`, ή FROM..TO (π.χ. 2027-03-01..2027-03-07) [default: η ίδια μέρα της εβδομάδας στις τέσσερις προηγούμενες εβδομάδες με δεδομένα]
help-arg-report-format = text, md, json, csv ή html (το --json σημαίνει json)
help-arg-report-per-device = Μία ενότητα ανά συσκευή, όταν η ρύθμιση ιδιωτικότητας κρατά τις συσκευές
help-arg-report-out = Εγγραφή της αναφοράς στο FILE αντί για την τυπική έξοδο
help-arg-report-db = Η βάση δεδομένων χρήσης [default: nuage.db στον φάκελο δεδομένων]
help-arg-report-time-zone = Ζώνη ώρας IANA των ημερών (Europe/Brussels) [default: του συστήματος]
help-about-report-merge = Συνένωση των αναφορών JSON πολλών χώρων σε μία συλλογική αναφορά (χωρίς λεπτομέρειες συσκευών)
help-arg-report-merge-files = Αναφορές JSON γραμμένες από το `nuage report --format json`
help-arg-report-merge-format = text, md, json, csv ή html (το --json σημαίνει json)
help-arg-report-merge-out = Εγγραφή της αναφοράς στο FILE αντί για την τυπική έξοδο
help-heading-commands = Εντολές
help-heading-arguments = Ορίσματα
help-heading-options = Επιλογές
help-heading-examples = Παραδείγματα
help-heading-example = Παράδειγμα
help-flag-help = Εμφάνιση βοήθειας
help-flag-help-more = Εμφάνιση βοήθειας (περισσότερα με '--help')
help-flag-help-summary = Εμφάνιση βοήθειας (σύνοψη με '-h')
help-flag-version = Εμφάνιση έκδοσης
help-command-help = Εμφάνιση αυτού του μηνύματος ή της βοήθειας των δοσμένων εντολών
