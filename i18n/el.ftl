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
no-baseline-yet = δεν υπάρχουν ακόμη { $weekday ->
    [monday] προηγούμενες Δευτέρες
    [tuesday] προηγούμενες Τρίτες
    [wednesday] προηγούμενες Τετάρτες
    [thursday] προηγούμενες Πέμπτες
    [friday] προηγούμενες Παρασκευές
    [saturday] προηγούμενα Σάββατα
   *[sunday] προηγούμενες Κυριακές
} για σύγκριση
time-range = { $from } έως { $to }
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
local-network = τοπικό δίκτυο

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

headline = σημερινό μερίδιο της κίνησης στο { -big-tech }
headline-sentence = σήμερα το { $share } της κίνησής μας εξαρτήθηκε από το { -big-tech }
headline-place = { $place }: σημερινό μερίδιο της κίνησης στο { -big-tech }
status-live = ζωντανά
status-paused = σε παύση
status-updated = ενημέρωση στις { $time }
status-no-traffic = καμία κίνηση ακόμη σήμερα
view-providers = Πάροχοι
view-services = Υπηρεσίες
view-devices = Συσκευές
view-timeline = Εξέλιξη
view-flows = Ροές
col-provider = Πάροχος
col-service = Υπηρεσία
col-device = Συσκευή
col-share = Μερίδιο
col-traffic = Κίνηση
col-up = Αποστολή
col-down = Λήψη
col-flows = Ροές
col-group = Ομάδα
col-time = Ώρα
devices-hidden = Οι συσκευές δεν εμφανίζονται (ρύθμιση απορρήτου «{ $privacy }»).
timeline-minutes-ago = { $minutes ->
    [one] πριν από { $minutes } λεπτό
   *[other] πριν από { $minutes } λεπτά
}
timeline-hour = { $hour }:00
help-title = Πλήκτρα
key-quit = έξοδος
key-pause = παύση / συνέχεια
key-next-view = επόμενη προβολή
key-previous-view = προηγούμενη προβολή
key-up-down = πάνω / κάτω
key-sort = αλλαγή ταξινόμησης
key-previous-day = προηγούμενη μέρα
key-next-day = επόμενη μέρα
key-today = πίσω στο σήμερα
key-help = εμφάνιση / απόκρυψη βοήθειας

## Units

unit-flows = { $count ->
    [one] { $count } ροή
   *[other] { $count } ροές
}
unit-devices = { $count ->
    [one] { $count } συσκευή
   *[other] { $count } συσκευές
}
unit-providers = { $count ->
    [one] { $count } πάροχος
   *[other] { $count } πάροχοι
}
unit-minutes = { $count ->
    [one] { $count } λεπτό
   *[other] { $count } λεπτά
}
unit-hours = { $count ->
    [one] { $count } ώρα
   *[other] { $count } ώρες
}
unit-days = { $count ->
    [one] { $count } μέρα
   *[other] { $count } μέρες
}
unit-mbit-per-second = { $rate } Mbit/s

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
report-section-caveats = Τι δεν μπορούν να πουν αυτοί οι αριθμοί
report-summary = Το { $share } της κίνησης Διαδικτύου του χώρου «{ $place }» εξαρτήθηκε από το { -big-tech } ({ $big_tech } από { $total }).
report-method = Το nuage παρατηρεί την κίνηση ανάμεσα σε αυτό το δίκτυο και το Διαδίκτυο, ποτέ το περιεχόμενό της. Κάθε σύνδεση μετριέται μία φορά, σε bytes και προς τις δύο κατευθύνσεις, και αποδίδεται στην εταιρεία που λειτουργεί τον διακομιστή, με βάση τις λίστες διευθύνσεων που δημοσιεύουν οι ίδιοι οι πάροχοι και το μητρώο που δείχνει σε ποιον ανήκει κάθε δίκτυο. Η υπηρεσία αναγνωρίζεται από το δημόσιο μέρος κάθε σύνδεσης (το όνομα που ζητείται από το DNS ή που δηλώνεται όταν ανοίγει μια ασφαλής σύνδεση). Η κίνηση μέσα στο τοπικό δίκτυο μετριέται χωριστά και δεν μπαίνει στο μερίδιο.
report-caveat-cdn = Τα δίκτυα διανομής περιεχομένου εξυπηρετούν πολλές εταιρείες: η κίνησή τους αποδίδεται στο δίκτυο, όχι στον ιστότοπο που επισκεφτήκατε.
report-caveat-encrypted-dns = Οι συσκευές που κρυπτογραφούν τα ερωτήματα ονομάτων τους (κρυπτογραφημένο DNS) δυσκολεύουν την αναγνώριση των υπηρεσιών· η κίνησή τους μετριέται κανονικά ανά πάροχο.
report-caveat-lists = Οι λίστες των παρόχων αλλάζουν: μια διεύθυνση που πέρασε σε άλλη εταιρεία μετά την τελευταία ενημέρωση μπορεί να αποδοθεί λάθος.
report-caveat-vpn = Η κίνηση μέσω VPN αποδίδεται στον πάροχο του VPN, ό,τι κι αν μεταφέρει.
report-caveat-bytes = Τα bytes δεν είναι ενέργεια ούτε εκπομπές: εδώ ένα byte βίντεο μετράει όσο ένα byte ενός μηνύματος.
report-generated = Δημιουργήθηκε από το nuage { $version }: { $date }, { $time }.

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
