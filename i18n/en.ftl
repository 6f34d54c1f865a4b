# nuage — English (the source language).
#
# Every other .ftl file has exactly the same message ids with the same variables
# (tests/i18n_catalogue.rs checks it). Terms (-name) are private to each file.
# Numbers passed as numbers are written the language's way by nuage and choose plural
# forms; sizes, percentages and dates arrive already formatted, as text.

-big-tech = Big Tech Cloud

## Language choice

lang-unknown = unknown language “{ $name }”; nuage carries on in English. Available: { $available }

## Dates and times. $weekday is monday…sunday, $day 1–31, $month 1–12, $year e.g. 2027.

weekday = { $weekday ->
    [monday] Monday
    [tuesday] Tuesday
    [wednesday] Wednesday
    [thursday] Thursday
    [friday] Friday
    [saturday] Saturday
   *[sunday] Sunday
}
month-name = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
weekday-short = { $weekday ->
    [monday] Mon
    [tuesday] Tue
    [wednesday] Wed
    [thursday] Thu
    [friday] Fri
    [saturday] Sat
   *[sunday] Sun
}
# A month on its own (a monthly report's title).
month-year = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { NUMBER($year, useGrouping: "false") }
date-long = { weekday } { $day } { month-name } { NUMBER($year, useGrouping: "false") }
date-short = { NUMBER($day, minimumIntegerDigits: 2) }/{ NUMBER($month, minimumIntegerDigits: 2) }/{ NUMBER($year, useGrouping: "false") }
# The baseline: today compared with the same weekday in past weeks.
vs-usual = { $weekday ->
    [monday] vs usual Mondays
    [tuesday] vs usual Tuesdays
    [wednesday] vs usual Wednesdays
    [thursday] vs usual Thursdays
    [friday] vs usual Fridays
    [saturday] vs usual Saturdays
   *[sunday] vs usual Sundays
}
# $change is a signed percentage such as “−37%”.
change-vs-usual = { $change } { vs-usual }
days-short = { $days } d

## Groups of providers (ids are stable: big-tech, cloud, cdn, streaming, other).

group-name = { $group ->
    [big-tech] { -big-tech }
    [cloud] other clouds and hosting
    [cdn] content delivery networks
    [streaming] streaming networks
   *[other] other
}
no-provider-list = not on any provider list
unknown-device = unknown device

## Command line: errors a user sees

error-loading-ranges = loading provider ranges
error-bundled-catalogue = reading the bundled catalogue
error-reading-stdin = reading standard input
error-writing-report = writing the report
error-writing-flows = writing flows

## nuage lookup

lookup-need-addresses = give one or more addresses, or --stdin
lookup-bad-address = { $text } is not an IPv4 or IPv6 address
lookup-no-match = no provider list matches
lookup-matched = { $prefix } from { $source } ({ $origin })

## nuage replay (the text summary)

replay-captured = Captured { $from } to { $to }: { $frames ->
    [one] { $frames } frame
   *[other] { $frames } frames
}, { $size }
replay-internet = Internet: { $up } up, { $down } down, { $flows ->
    [one] { $flows } flow
   *[other] { $flows } flows
}
replay-lan = LAN: { $size } ({ $flows ->
    [one] { $flows } flow
   *[other] { $flows } flows
}, { $non_ip ->
    [one] { $non_ip } non-IP frame
   *[other] { $non_ip } non-IP frames
})
replay-big-tech-share = Share of Internet traffic on the { -big-tech }: { $share }
replay-by-group = By group:
replay-by-provider = By provider:
replay-decided-by = decided by infrastructure and service: { $both }, infrastructure only: { $infrastructure }, service only: { $service }
replay-encrypted-dns = Encrypted DNS (DoH/DoT/DoQ): { $size }, { $flows ->
    [one] { $flows } flow
   *[other] { $flows } flows
}
replay-by-service = By service (owner · infrastructure):
replay-by-domain = Names without a service rule (registrable domain):
replay-by-network = Other networks (ASN database):
replay-and-more = … and { $count } more
replay-provider-origin = Provider decided by:
replay-by-device = By device:
replay-undecodable = Undecodable: { $frames ->
    [one] { $frames } frame
   *[other] { $frames } frames
}, { $size }
replay-flow-table = Flow table: { $flows ->
    [one] { $flows } flow
   *[other] { $flows } flows
}, { $evicted } evicted at the cap of { $cap }

## nuage ranges sources

ranges-col-id = ID
ranges-col-provider = PROVIDER
ranges-col-format = FORMAT
ranges-col-every = EVERY
ranges-col-save-as = SAVE AS
ranges-col-url = URL
ranges-all-providers = (all)
ranges-offline-howto = To update a machine without internet: download each URL elsewhere, save the files in one folder under the SAVE AS names, then run `nuage ranges update --from FOLDER`.
ranges-note-discover = { $id }: the URL is a page; download the file it links to and save it as { $file }
ranges-note-placeholders = { $id }: replace {"{"}YYYY{"}"} and {"{"}MM{"}"} with this year and month
ranges-note-gzip = { $id }: the download is gzip-compressed; save it as { $file } compressed or not
ranges-note-zip = { $id }: the download is a zip; save it as { $file } as it is, or its files joined
ranges-note-licence = { $id }: licence: { $licence }

## nuage ranges status

ranges-col-source = SOURCE
ranges-col-file = FILE
ranges-col-date = DATE
ranges-col-age = AGE
ranges-col-state = STATE
ranges-state-not-imported = not imported
ranges-state-unreadable = UNREADABLE: { $error }
ranges-state-stale = STALE
ranges-state-ok = ok
ranges-bundled = Bundled snapshot: { $date }, ASN-derived { $asn_v4 } IPv4 / { $asn_v6 } IPv6 prefixes, published { $published_v4 } IPv4 / { $published_v6 } IPv6.
ranges-bundled-date = { $date } ({ $days } d old)
ranges-undated = undated
ranges-stale-hint = STALE lists are older than twice their publication cadence: run `nuage ranges update`.

## nuage ranges update

ranges-prefixes = { $count ->
    [one] { $count } prefix
   *[other] { $count } prefixes
}
ranges-updated = { $id }: { $size }, { $prefixes } ✓
ranges-updated-diff = { $id }: { $size }, { $prefixes } (+{ $added } / −{ $removed }) ✓
ranges-not-modified = { $id }: not modified
ranges-unchanged = { $id }: unchanged, { $prefixes }
ranges-not-in-dir = { $id }: { $file } not in { $dir }, skipped
ranges-failed-kept = { $id }: FAILED: { $error }; the previous file stays in use
ranges-failed-bundled = { $id }: FAILED: { $error }; nothing imported yet, the bundled snapshot stays in use
ranges-from-empty = { $dir } holds none of the expected files (see `nuage ranges sources` for their names)

## Dashboard (nuage top)

view-services = Services
view-devices = Devices
view-flows = Flows
col-provider = Provider
col-service = Service
col-device = Device
col-share = Share
col-traffic = Traffic
devices-hidden = Devices are not shown (privacy setting “{ $privacy }”).
help-title = Keys
key-quit = quit
key-today = back to today

## Units

unit-flows = { $count ->
    [one] { $count } flow
   *[other] { $count } flows
}
unit-devices = { $count ->
    [one] { $count } device
   *[other] { $count } devices
}
unit-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

## Reports (nuage report)

report-title = How much did we lean on the { -big-tech }?
report-subtitle = { $place }, { $date }
report-period = From { $from } to { $to }
report-section-summary = Summary
report-section-providers = Providers
report-section-services = Services
report-section-devices = Devices
report-section-timeline = Over the day
report-section-baseline = Compared with a usual day
report-section-method = How nuage counts
report-caveat-cdn = Content delivery networks serve many companies: traffic through them is attributed to the network, not to the site you visited.
report-caveat-bytes = Bytes are not energy or emissions: a byte of video and a byte of a message weigh the same here.

## dashboard (session 3)
## The live dashboard (nuage top, nuage demo, nuage run --tui). Keep labels short: the
## dashboard must fit 80×24. Tab names, Services, Devices, Flows, Keys, Provider, Service,
## Device, Share and Traffic come from the ids above (view-*, col-*, help-title).

dash-no-place = this place
dash-live = live
dash-paused = paused
dash-not-live = not live
dash-history = history
# Header, when the dashboard reads a database file instead of a running capture.
dash-from-database = reading { $path }
dash-tab-overview = Overview
dash-help-hint = ? help
dash-headline-title = { -big-tech } share
dash-headline-no-data = No Internet traffic counted yet for this day.
dash-no-baseline = no usual day to compare with yet
# $big_tech and $total are amounts such as “1.2 GB”: “1.2 GB of 2.1 GB”.
dash-share-of = { $big_tech } of { $total }
# $change is a signed percentage (−37%), $usual the usual share (50%).
dash-vs-usual = { $change } { vs-usual } ({ $usual })
dash-vs-usual-days = { $change } vs usual days ({ $usual })
dash-providers-title = Who carried the traffic
# $bucket is dash-per-minutes or dash-per-hours, $peak an amount.
dash-timeline-title = Through the day ({ $bucket }, peak { $peak })
dash-per-minutes = per { $minutes } min
dash-per-hours = { $hours ->
    [one] per hour
   *[other] per { $hours } h
}
dash-flows-title = Current flows
dash-cat-other-clouds = Other clouds/CDNs
dash-cat-other-networks = Other networks
dash-cat-lan = Inside (LAN)
# In the share column of the LAN row: its traffic is not part of the share.
dash-lan-share = local
dash-legend-big-tech = Big Tech
dash-legend-other = other
dash-legend-now = now
dash-col-service-carrier = Service · carried by
dash-col-named-by = Named by
dash-col-lan = LAN
dash-col-remote = Remote
dash-col-rate = Now ↓/↑
dash-col-rate-now = now
dash-unnamed-service = Unnamed
dash-unknown-network = unknown network
# How a service got its name when no DNS, SNI or HTTP name was seen.
dash-source-address = address
dash-flows-hidden = No current flows to show (or the privacy setting hides them).
dash-flows-not-live = Flows are only shown live, for today.
dash-empty-list = Nothing counted yet.
dash-no-day-data = No data stored for this day.
dash-sort-traffic = traffic
dash-sort-big-tech = Big Tech first
dash-sort-name = name
dash-sort-rate = rate now
dash-sorted-by = sorted by { $sort }
dash-units-bytes-si = bytes (kB, MB)
dash-units-bytes-iec = bytes (KiB, MiB)
dash-units-bits-si = bits (kbit, Mbit)
dash-units-bits-iec = bits (Kibit, Mibit)
dash-units-label = units: { $units }
dash-capture-ok = capture ok
dash-interface-down = down
dash-no-capture = no capture
dash-dropped = { $count } dropped
dash-not-saving = not saving: { $error }
dash-ranges-version = ranges { $version }
# Keys stay as on the keyboard: Tab, ←/→, s, u, p, ?, q.
dash-footer-hints = Tab view  ←/→ day  s sort  u units  p pause  ? help  q quit
dash-help-close = Press any key to close.
dash-help-views = next / previous view
dash-help-move = move in a list
dash-help-page = move a page
dash-help-sort = change the sort order
dash-help-pause = pause / resume updates
dash-help-days = previous / next day
dash-help-units = units: bytes or bits, kB or KiB
dash-help-help = this help
dash-help-mouse-key = mouse
dash-help-mouse = scroll lists, click a view's name
dash-too-small =
    The terminal is too small
    for the dashboard ({ $width }×{ $height } at least).
# $command is the command typed, e.g. “nuage top”.
dash-needs-terminal = { $command } draws a dashboard and needs a terminal (standard output is not one)

## report (session 3)
# nuage report's human formats (text, Markdown, HTML and its charts), and the ids nuage
# replay and nuage lookup print. Counts arrive as numbers (plurals); sizes, percentages,
# dates and times arrive formatted, as text.

report-title-collective = How much did we lean on the { -big-tech }? All of us together
report-section-groups = Kinds of provider
report-section-networks = Other networks
report-section-days = Day by day
report-section-health = How complete these numbers are
report-section-places = Places
report-headline = { $share } of our Internet traffic ({ $total } in all) went to or came from the { -big-tech }.
report-headline-collective = Across { $places ->
    [one] one place
   *[other] { $places } places
}, { $share } of the Internet traffic went to or came from the { -big-tech } (from { $min } to { $max } depending on the place).
# $points is a number of percentage points, already formatted and without a sign.
report-baseline-sentence = { $direction ->
    [less] That is { $points } percentage points less than on a usual day ({ $usual } over { $days ->
        [one] one day
       *[other] { $days } days
    }).
   *[more] That is { $points } percentage points more than on a usual day ({ $usual } over { $days ->
        [one] one day
       *[other] { $days } days
    }).
}
report-baseline-method = { $method ->
    [same-weekday] the same weekday in the previous weeks
    [previous-weeks] the four weeks before
    [range] the days asked for
   *[places] each place's own usual day
}
report-baseline-days = Usual day: { $how }.
report-baseline-days-list = Usual day: { $how } ({ $days }).
report-no-data = No traffic was recorded.
report-more = … and { $count } more
# A signed difference in percentage points: “−12.0 pts”.
report-points = { $points } pts
report-row-internet = Internet traffic
report-row-share = Big Tech Cloud share
report-row-internet-value = { $total } ({ $up } up, { $down } down)
report-row-lan = Inside the place (local network)
report-row-by-bytes = { -big-tech }, by bytes
report-row-by-flows = by connections
report-row-by-flows-value = { $share } ({ $big_tech } of { $flows ->
    [one] { $flows } connection
   *[other] { $flows } connections
})
report-row-by-minutes = by active minutes
report-row-by-minutes-value = { $share } ({ $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
})
report-row-by-infrastructure = because of the infrastructure
report-row-by-service-only = only because of who owns the service
report-col-provider = Provider
report-col-group = Kind
report-col-traffic = Traffic
report-col-share = Share
report-col-service = Service
report-col-owner = Owner
report-col-carried-by = Carried by
report-col-hour = Hour
report-col-day = Day
report-col-big-tech = Big Tech Cloud
report-col-other = Other Internet
report-col-lan = Local network
report-col-device = Device
report-col-usual = Usual day
report-col-now = This time
report-col-change = Change
report-col-place = Place
report-col-network = Network
report-col-layer = Attributed by
report-col-decision = Counted as Big Tech Cloud because of
report-big-tech-mark = Big Tech
report-unknown = unknown
report-not-recorded = not recorded
report-other-networks = Other networks
report-unnamed = Unnamed
report-group = { $group ->
    [big-tech] Big Tech Cloud
    [cloud] Other clouds and hosting
    [cdn] Content delivery networks
    [streaming] Streaming networks
    [none] Networks no list knows
   *[other] Named in your settings
}
report-layer = { $layer ->
    [official] Providers' own address lists
    [asn] Bundled network (ASN) snapshot
    [mmdb] Network (ASN) database
    [user] Your own settings
   *[unattributed] Not attributed
}
report-decision = { $decision ->
    [both] its infrastructure and its service
    [infrastructure] its infrastructure only
    [service] its service only (someone else's infrastructure)
   *[neither] not Big Tech Cloud
}
report-chart-gauge = Big Tech Cloud share of the Internet traffic
report-chart-providers = Traffic per provider
report-chart-timeline = Traffic per hour: Big Tech Cloud (dark) and the rest of the Internet (light)
report-chart-timeline-days = Traffic per day: Big Tech Cloud (dark) and the rest of the Internet (light)
report-chart-baseline = Big Tech Cloud share: a usual day and this time
report-health-minutes = Minutes with traffic: { $with } of { $all }.
report-health-gaps = Gaps with nothing captured: { $gaps } ({ $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}).
report-health-dropped = Packets the capture dropped: { $dropped }.
report-health-clock-jumps = Clock jumps: { $jumps }.
report-health-unattributed = Not attributed to any provider: { $size } ({ $share }).
report-health-unnamed = Not named (no service recognised): { $size }.
report-health-ranges = Provider address lists from { $date } ({ $days ->
    [one] { $days } day
   *[other] { $days } days
} old).
report-health-ranges-undated = Provider address lists: date unknown.
report-health-gap = Gap from { $start }, { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
report-caveat-daemon = Read from the running daemon, which does not tell gaps, drops or clock jumps: check them with `nuage report --db`.
report-caveat-gap = Nothing was captured for { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}: the real totals are higher.
report-caveat-dropped = The capture dropped some packets: the totals are a little low.
report-caveat-clock = The clock jumped during the capture: some minutes may sit at the wrong hour.
report-caveat-unattributed = { $share } of the traffic went to addresses no list attributes: the Big Tech share may be higher.
report-caveat-old-lists = The provider address lists are old: run `nuage ranges update`.
report-methods-rule = Traffic counts as { -big-tech } when the address it went to belongs to the infrastructure of a Big Tech company, OR when the service behind it belongs to one (YouTube served from a cache inside your Internet provider is still Google). The companies: { $companies }.
report-methods-attribution = Addresses are attributed with the address lists the providers publish themselves, then with a bundled snapshot of their networks (ASN). Services are named from the DNS answers, the TLS and QUIC server names and the HTTP Host headers seen on the network; nuage never stores the content of any traffic.
report-methods-blind = What cannot be seen: names looked up through encrypted DNS (DoH, DoT), connections that hide their server name (ECH), and everything inside a VPN or a proxy, which counts for the VPN's provider. Traffic that never crossed this network (mobile data) is not counted.
report-methods-privacy = Privacy setting while capturing: { $privacy ->
    [full] everything (devices by their hardware address)
    [devices-anonymous] devices under pseudonyms
    [aggregate] totals only, no devices
   *[mixed] different in each place
}.
report-merged-note = Combined from the own reports of { $places ->
    [one] one place
   *[other] { $places } places
}. No device details are carried across.
# Which layer attributed an address (nuage replay, nuage lookup).
origin-name = { $origin ->
    [official] providers' own lists
    [asn] bundled network (ASN) snapshot
    [mmdb] ASN database (mmdb)
    [user] your own settings
   *[none] not attributed
}
lookup-asn-database = AS{ $asn } from the ASN database (mmdb)
lookup-asn-no-provider = no provider list matches; network { $network }
# nuage report: what it says when it cannot write a report.
report-error-future = { $day } is in the future (today is { $today } in { $zone })
report-error-not-a-date = { $option }: “{ $text }” is not a date (expected YYYY-MM-DD, today or yesterday)
report-error-from-after-to = --from { $from } is after --to { $to }
report-error-too-long = a report covers at most { $days } days ({ $period } is longer)
report-error-no-data = no traffic recorded for { $period } in { $source }: { $hint }
report-error-no-database = no usage database at { $db }
report-error-no-source = no usage database at { $db } and no nuage daemon at { $socket }: start the daemon first, or give --db PATH
report-period-dates = { $from } to { $to }
report-source-daemon = the running daemon
report-hint-database = the database has data from { $from } to { $to }
report-hint-database-empty = the database holds no traffic yet
report-hint-daemon = the daemon has data from { $from } to { $to }
report-hint-daemon-empty = the daemon holds no traffic yet
report-notice-aggregate = the privacy setting is `aggregate`: no devices are kept, so the report has no per-device section
report-notice-no-baseline = none of the baseline days has data; the report has no comparison

## command line (session 4)
## What nuage says on standard error when something is wrong: every error and notice of
## the command line, and the daemon's warnings the dashboard shows. Paths, keys, option
## names (--baseline), commands (`nuage run`) and text in $error (from the system, in its
## own words) stay as they are.

# Context for an error that follows after a colon.
cli-dashboard = running the dashboard
cli-start-thread = starting a background thread
cli-signals = handling termination signals
cli-starting-run = starting nuage run
cli-running = while counting
cli-loading-services = loading the service catalogue
cli-writing-file = writing { $path }
cli-demo-open = opening the demo capture { $path }
# The name the demo's capture goes by when it is made on the spot.
cli-demo-household = demo household
cli-unknown-error = unknown error
cli-unsaved-rows = { $count ->
    [one] one row could not be written to the database
   *[other] { $count } rows could not be written to the database
}: { $error }
cli-flush-secs = --flush-secs { $value }: give between { $min } and { $max } seconds
cli-no-day-before = { $option }: there is no day before { $today }
cli-baseline-syntax = --baseline “{ $spec }”: expected `none` or FROM..TO (for example 2027-03-01..2027-03-07)
cli-baseline-reversed = --baseline “{ $spec }”: { $from } comes after { $to }
cli-baseline-too-long = --baseline “{ $spec }”: at most { $days } days
cli-older-daemon = the running daemon is older than this nuage and answers one day at a time: update it, or give --db PATH for a report over several days
cli-top-hint = is `nuage run` running? (`nuage demo` shows the dashboard without a daemon)
cli-top-no-snapshot = the daemon at { $socket } sent no snapshot: { $error }
cli-top-closed = the daemon at { $socket } closed the connection

# The config file: the messages name the file, the line and the key at fault.
err-config-read = cannot read the config file { $path }: { $error }
err-config-line-key = config file { $path }, line { $line }, key “{ $key }”: { $problem }
err-config-line = config file { $path }, line { $line }: { $problem }
err-config-key = config file { $path }, key “{ $key }”: { $problem }
err-config-file = config file { $path }: { $problem }
err-config-unknown-key = nuage knows no key “{ $key }” here (a typo?); this section takes: { $expected }
err-unknown-lang = nuage does not speak “{ $name }”; write one of { $available }
err-config-flush-secs = { $value } seconds is out of bounds: give between { $min } and { $max }
err-config-capture-buffer = { $value } MiB is out of bounds: give between { $min } and { $max }
err-config-zero-days = 0 days would delete every row at once: give at least 1
err-config-pending-rows = { $value } is too few: give at least { $min }
err-config-host-bits = the prefix { $prefix } has host bits set (did you mean { $network }?)
err-config-socket-length = the socket path must be 1 to { $max } bytes long, not { $len }
err-config-metrics-remote = { $listen } can be reached from other machines: use 127.0.0.1 (or ::1), or add allow-remote = true under [metrics]

# Capture files and interfaces.
err-capture-open = cannot open capture file { $path }: { $error }
err-capture-too-short = cannot open capture file { $path }: the file is { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
} long, too short for a capture file header
err-capture-corrupt-at = the capture file { $path } is truncated or corrupt at byte offset { $offset } (after { $packets ->
    [one] { $packets } packet
   *[other] { $packets } packets
}): { $error }
err-capture-corrupt = the capture file { $path } is truncated or corrupt after { $packets ->
    [one] { $packets } packet
   *[other] { $packets } packets
}: { $error }
err-capture-interface = cannot capture on the interface { $interface }: { $error }
err-capture-filter = the capture filter “{ $filter }” on { $interface } is not valid: { $error }
err-capture-read = reading from the interface { $interface } failed: { $error }
err-capture-no-default = no default route found (in /proc/net/route or /proc/net/ipv6_route): name the interface to capture on
err-capture-timeout = no packet arrived within the wait
err-daemon-capture-permission = { $error }: capturing needs root or the CAP_NET_RAW capability (see the README: running as a service)

# The usage database.
err-store-locked = { $path }: the database is locked by another program (is another nuage running?)
err-store-corrupt = { $path } is not a readable SQLite database (damaged, or another kind of file); it was left untouched: move it aside to start a new one
err-store-not-nuage = { $path } is another application's SQLite database ({ $tables ->
    [one] one table
   *[other] { $tables } tables
}); it was left untouched: give nuage a path of its own
err-store-too-new = { $path }: schema version { $found } is newer than this nuage understands ({ $supported }); it was left untouched: upgrade nuage
err-store-too-old = { $path }: schema version { $found } is older than { $supported }, and opening it read-only cannot upgrade it: start `nuage run` once to upgrade it
err-store-read-only = { $path }: the database cannot be written (read-only file, folder or filesystem)
err-store-disk-full = { $path }: the disk is full
err-store-cannot-open = { $path }: cannot open or create the database file (does its folder exist, and may nuage write there?)
err-store-invalid-data = { $path }: a stored value this nuage cannot read back ({ $error })
err-store-sqlite = { $path }: database error ({ $error })
err-store-time-zone = unknown time zone “{ $name }” (write an IANA name such as Europe/Madrid): { $error }
err-db-missing = no database at { $path } (`nuage run` creates nuage.db in its data folder)
err-db-open = cannot read the database { $path }: { $error }
err-db-shm = { $shm } belongs to a running `nuage run` and this user cannot write it, which reading beside the daemon needs: run as the daemon's user (`sudo -u nuage`), or use `nuage top` without --db, over the daemon's socket

# The daemon's control socket.
err-client-not-running = no nuage daemon at { $path } ({ $error })
err-client-io = control socket: { $error }
err-client-refused = the daemon refused the request “{ $request }”: { $error }
err-client-protocol = the daemon's answer makes no sense to this nuage: { $error }
err-client-closed = the daemon closed the connection

# nuage report merge.
err-merge-read = cannot read { $path }: { $error }
err-merge-parse = { $path } is not a nuage report (JSON): { $error }
err-merge-no-version = { $path } has no schema_version: was it written by `nuage report --format json`?
err-merge-version = { $path } has report schema version { $found }, and this nuage reads version { $expected }: write it again with the same nuage version
err-merge-collective = { $path } is already a collective report: merge each place's own report instead
err-merge-empty = nothing to merge: give at least one report
err-render-json = writing the report as JSON: { $error }

# Provider lists (nuage ranges update).
err-ranges-unknown-source = there is no source “{ $id }” (known: { $known })
err-ranges-busy = another `nuage ranges update` is running (it holds { $path })
err-ranges-decompress = { $file }: cannot unpack it: { $error }
err-ranges-shrank = { $file } holds { $new } prefixes where the current file has { $old }: more than half would be gone, so it was refused (--force accepts it)
err-ranges-catalogue = { $file }: unknown { $what } “{ $value }” in the catalogue
err-download-refused = { $url }: refused ({ $error })
err-download-status = { $url }: the server answered HTTP { $status }
err-download-transport = { $url }: { $error }
err-download-no-link = { $url }: no link to a ServiceTags_Public_<date>.json file on that page
err-download-gzip = not valid gzip: { $error }
err-zip = not a readable zip archive: { $error }
err-parse-syntax = not valid { $format }: { $error }
err-parse-entry = entry { $entry }: { $error }
err-parse-empty = the file holds no ranges
err-override = your provider-ranges entry for { $prefix }: { $error }
err-asn-read = cannot read the ASN database { $path }: { $error }
err-asn-invalid = the ASN database { $path } is not a valid MaxMind DB: { $error }

# Files and folders in general.
err-cannot-read = cannot read { $path }: { $error }
err-cannot-write = cannot write { $path }: { $error }
err-cannot-create = cannot create { $path }: { $error }
err-cannot-lock = cannot lock { $path }: { $error }
err-not-a-folder = { $path } is not a folder

# nuage run.
err-daemon-no-such-user = [daemon] user = “{ $name }”: there is no such user in /etc/passwd
err-daemon-ranges = loading provider ranges: { $error }
err-daemon-secret = pseudonym secret { $path }: { $error }
err-daemon-privileges = dropping privileges: { $error }
err-metrics-not-loopback = the metrics address { $addr } can be reached from other machines; set allow-remote = true under [metrics] to serve them
err-metrics-bind = cannot listen for metrics on { $addr }: { $error }
err-demo-empty = the demo capture { $path } holds no packets

# The dashboard's header while the database cannot be written (nuage keeps counting in
# memory): "not saving: disk full". Keep them short.
dash-store-locked = database locked
dash-store-disk-full = disk full
dash-store-read-only = database read-only
dash-store-cannot-open = cannot open database
dash-store-unusable = database unusable
dash-store-failed = database error
dash-store-folded = (counting in memory; { $count ->
    [one] one row folded
   *[other] { $count } rows folded
} into hours, totals kept)
# The interface counted much more than capture saw: hardware flow offloading hides that
# share of the traffic from capture.
dash-offload = offloading hides { $hidden } of the traffic

## session 5
## The command line as clap reads it, before nuage runs: what is wrong with what was typed.
## $arg is an option as nuage declares it (--from <HH:MM>), $value what was typed; option
## names, values and commands stay as they are. Then the system's common errors, the
## database's and the decoder's.

cli-usage = Usage:
cli-more-help = For more information, try “{ $help }”.
cli-arg-unknown = unexpected argument “{ $arg }”
cli-command-unknown = unknown command “{ $name }”
cli-arg-missing-value = “{ $arg }” needs a value, but none was given
cli-arg-invalid-value = invalid value “{ $value }” for “{ $arg }”
cli-possible-values = possible values: { $values }
# $reason is one of the cli-value-* messages below.
cli-arg-bad-value = { $arg }: { $reason }
cli-value-number = “{ $value }” is not a whole number in range
cli-value-demo-speed = “{ $value }” is not a speed between 0 and 100000 (for example 60)
cli-value-time-of-day = “{ $value }” is not a time of day like 07:30
cli-value-run-speed = “{ $value }” is not a speed: give a factor above 0 (1 = real time, 60 = a minute per second) or max
cli-value-format = unknown format “{ $value }” (write text, md, json, csv or html)
cli-value-network = “{ $value }” is not a network prefix such as 192.0.2.0/24 or 2001:db8::/32
# Followed by the missing arguments, one a line.
cli-arg-required = these required arguments were not given:
cli-command-missing = “{ $name }” needs a command, and none was given
cli-possible-commands = commands: { $commands }
cli-arg-repeated = “{ $arg }” cannot be given more than once
cli-arg-conflict = “{ $arg }” cannot be used with “{ $other }”
# Followed by the other arguments, one a line.
cli-arg-conflict-many = “{ $arg }” cannot be used with:
cli-arg-too-many = unexpected value “{ $value }” for “{ $arg }”: no more were expected
cli-invalid-utf8 = an argument is not valid UTF-8 text
cli-tip-similar-command = tip: { $count ->
    [one] a similar command exists: { $names }
   *[other] similar commands exist: { $names }
}
cli-tip-similar-arg = tip: { $count ->
    [one] a similar option exists: { $names }
   *[other] similar options exist: { $names }
}
cli-tip-similar-value = tip: { $count ->
    [one] a similar value exists: { $names }
   *[other] similar values exist: { $names }
}
cli-tip-as-value = tip: to pass “{ $arg }” as a value, write “{ $fix }”
# $usage is a command and an option: the option belongs after its command.
cli-tip-exists = tip: “{ $usage }” exists (the option goes after its command)
cli-tip-remove-dashes = tip: the command “{ $name }” exists; to use it, remove the “--” before it

# A system error in plain words; $detail is the system's own text, for any other error.
err-io = { $kind ->
    [not-found] no such file or folder
    [permission-denied] permission denied
    [is-a-folder] it is a folder, not a file
    [not-a-folder] part of the path is not a folder
    [read-only] the filesystem is read-only
    [disk-full] no space left on the disk
    [exists] it already exists
    [refused] connection refused
    [timed-out] timed out
    [address-in-use] the address is already in use
    [address-unavailable] this machine has no such address
   *[other] { $detail }
}
# nuage ranges status: a provider list file that is there but cannot be used.
err-ranges-invalid-file = { $path }: { $error }
# The database: the system failed to read or write the file.
err-store-io = { $path }: the system could not read or write the database file (a failing SD card or disk, or a removed USB stick?)
dash-store-io = disk read/write error
# nuage replay: why frames could not be decoded. $header is a protocol name (TCP,
# IPv6, 802.1Q VLAN tag), $link a link-type number, $protocol a hexadecimal number.
replay-undecodable-reason = { $reason ->
    [truncated] frame too short for its { $header } header
    [link-type] link type { $link } is not supported
    [not-ip] not an IP packet (link protocol { $protocol })
   *[malformed] malformed { $header } header
}
# nuage ranges status: a list's date and where it comes from (the file itself, nuage's
# last update, or the file's modification time).
ranges-date-from = { $date } ({ $from ->
    [published] published
    [updated] updated
   *[file-time] file date
})
# Why the running daemon refused a request, from its error code; $message is its own
# English text, shown only when the two sides misunderstood each other.
err-daemon-reply = { $code ->
    [busy] too many programs are connected to it; try again in a moment
    [unavailable] it cannot answer right now (it cannot read its database; see its log)
    [not-found] it has nothing recorded for what was asked
   *[protocol] this nuage and the daemon do not understand each other (is one of them older?): { $message }
}

## --help (session 5)
## nuage --help and each command's --help. Option names, values, paths, [default: …]
## settings and commands stay as they are; clap adds the colon after headings.

help-about-nuage = How much did we lean on the Big Tech Cloud today?
help-body-nuage =
    nuage watches the traffic of a home or a community centre and attributes every flow to the Cloud provider that serves it.
help-arg-nuage-data-dir = Where nuage keeps its data [default: /var/lib/nuage for root, else ~/.local/share/nuage]
help-arg-nuage-config = Configuration file [default: /etc/nuage/nuage.toml when it exists]
help-arg-nuage-socket = The running daemon's control socket [default: /run/nuage/nuage.sock for root, else $XDG_RUNTIME_DIR/nuage/nuage.sock; or `[control] socket` in the config]
help-arg-nuage-verbose = Say more about what is happening (repeat for more)
help-arg-nuage-json = Print data as JSON (one object, or one per line for lists)
help-arg-nuage-lang = Language of messages: en, es, ca, fr, de, pt, el, ro, it [default: config `lang`, then LC_ALL / LC_MESSAGES / LANG, then en]
help-about-lookup = Which provider serves an address, and why
help-arg-lookup-addresses = Addresses to look up (IPv4, IPv6, IPv4-mapped or NAT64 64:ff9b::/96)
help-arg-lookup-stdin = Also read addresses from standard input, one per line
help-about-ranges = Provider range lists: where they come from, how fresh they are, updating them
help-about-ranges-sources = List the official sources: id, URL and the file name `update --from` expects
help-about-ranges-status = Per source: date, age, prefix counts, and whether it is stale
help-about-ranges-update = Download every official source (or import them from a folder) and swap them in
help-body-ranges-update =
    Each file is checked whole before it replaces the one in use; a source that fails
    keeps its previous file. Downloads are HTTPS only. With `[ranges] mirror = "URL"` in
    the config, every file is fetched from URL/<file> (names as `nuage ranges sources`
    lists them). Plain http:// is accepted only for this machine (127.0.0.0/8, ::1,
    localhost), which is what the tests use.
help-arg-ranges-update-from = Import the files from this folder (e.g. a USB stick) instead of downloading them
help-arg-ranges-update-force = Accept a list that shrank by more than half
help-arg-ranges-update-sources = Only these sources (ids from `nuage ranges sources`)
help-about-replay = Count the traffic of capture files, as fast as they can be read
help-arg-replay-files = Capture files (pcap or pcapng), read in the order given
help-arg-replay-flows = Print every flow instead of the summary, one JSON object a line
help-arg-replay-lan = A prefix that is part of the local network, besides the private ranges (repeatable)
help-about-run = Run as a service: capture, count and keep the numbers in the database
help-body-run =
    Settings come from the config file ([daemon] and [store], see nuage.example.toml);
    options given here win. SIGTERM/SIGINT write what was counted and exit; SIGHUP
    reloads the provider ranges, privacy and place.
help-arg-run-interfaces = Interface to capture on (repeatable) [default: [daemon] interfaces, else the default route's]
help-arg-run-pcap = Feed this capture file through the same path instead of capturing
help-arg-run-speed = With --pcap: N times real time (60 = a minute a second), or `max`
help-arg-run-looped = With --pcap: start over when the file ends, each pass on the following day(s)
help-arg-run-flush-secs = Seconds between writes to the database [default: [daemon] flush-secs, 60]
help-arg-run-tz = IANA time zone days are counted in [default: [daemon] tz, else the system's]
help-arg-run-tui = Show the live dashboard in this terminal while capturing (quit with q; the capture stops and what was counted is written)
help-arg-run-user = Unprivileged user to become after opening the captures [default: [daemon] user, else `nuage` if it exists]
help-arg-run-lan = A prefix that is part of the local network, besides the private ranges (repeatable)
help-about-demo = A living dashboard from the demo household's day, replayed fast (no root, no daemon)
help-body-demo =
    Replays demo/household.pcap (a synthetic household on 8 March) through the real
    pipeline, 60 times faster than real time, looping one day later each time.
help-arg-demo-speed = How many times faster than real time the day goes by
help-arg-demo-from = Time of day the replay starts at (HH:MM); earlier packets are counted at once
help-arg-demo-file = Replay this capture instead of the demo household
help-about-top = The live dashboard of the running daemon (over its control socket), or of a database
help-arg-top-db = Read this database directly, without a daemon (not live: no rates, no flows)
help-about-report = A day's summary to share: text, Markdown, JSON, CSV or a one-page HTML
help-arg-report-day = The local day: YYYY-MM-DD, today or yesterday [default: today]
help-arg-report-from = First day of a period (with --to)
help-arg-report-to = Last day of a period, included (with --from)
help-arg-report-baseline = The usual day to compare with: `none`, or FROM..TO (e.g. 2027-03-01..2027-03-07) [default: the same weekday in the previous four weeks with data]
help-arg-report-format = text, md, json, csv or html (--json means json)
help-arg-report-per-device = Add a section per device, when the privacy setting keeps devices
help-arg-report-out = Write the report to FILE instead of standard output
help-arg-report-db = The usage database [default: nuage.db in the data dir]
help-arg-report-time-zone = IANA time zone of the days (Europe/Brussels) [default: the system's]
help-about-report-merge = Combine several places' JSON reports into one collective report (no device details)
help-arg-report-merge-files = JSON reports written by `nuage report --format json`
help-arg-report-merge-format = text, md, json, csv or html (--json means json)
help-arg-report-merge-out = Write the report to FILE instead of standard output
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-heading-examples = Examples
help-heading-example = Example
help-flag-help = Print help
help-flag-help-more = Print help (see more with '--help')
help-flag-help-summary = Print help (see a summary with '-h')
help-flag-version = Print version
help-command-help = Print this message or the help of the given subcommand(s)
