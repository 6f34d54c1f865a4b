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
no-baseline-yet = no usual { $weekday ->
    [monday] Monday
    [tuesday] Tuesday
    [wednesday] Wednesday
    [thursday] Thursday
    [friday] Friday
    [saturday] Saturday
   *[sunday] Sunday
} to compare with yet
# A span of time: $from and $to are already-formatted dates or times.
time-range = { $from } to { $to }
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
local-network = local network

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

headline = share of traffic that leaned on the { -big-tech } today
headline-sentence = { $share } of our traffic leaned on the { -big-tech } today
headline-place = { $place }: share of traffic that leaned on the { -big-tech } today
status-live = live
status-paused = paused
status-updated = updated at { $time }
status-no-traffic = no traffic seen yet today
view-providers = Providers
view-services = Services
view-devices = Devices
view-timeline = Timeline
view-flows = Flows
col-provider = Provider
col-service = Service
col-device = Device
col-share = Share
col-traffic = Traffic
col-up = Up
col-down = Down
col-flows = Flows
col-group = Group
col-time = Time
devices-hidden = Devices are not shown (privacy setting “{ $privacy }”).
timeline-minutes-ago = { $minutes ->
    [one] { $minutes } minute ago
   *[other] { $minutes } minutes ago
}
timeline-hour = { $hour }h
help-title = Keys
key-quit = quit
key-pause = pause / resume
key-next-view = next view
key-previous-view = previous view
key-up-down = move up / down
key-sort = change sort order
key-previous-day = previous day
key-next-day = next day
key-today = back to today
key-help = show / hide this help

## Units

unit-flows = { $count ->
    [one] { $count } flow
   *[other] { $count } flows
}
unit-devices = { $count ->
    [one] { $count } device
   *[other] { $count } devices
}
unit-providers = { $count ->
    [one] { $count } provider
   *[other] { $count } providers
}
unit-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
unit-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
unit-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
# $rate is an already-formatted number.
unit-mbit-per-second = { $rate } Mbit/s

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
report-section-caveats = What these numbers cannot tell
report-summary = { $share } of the Internet traffic of { $place } leaned on the { -big-tech } ({ $big_tech } of { $total }).
report-method = nuage looks at the traffic between this network and the Internet, never at its content. Each connection is counted once, in bytes both ways, and attributed to the company that runs the server, using the address lists the providers publish themselves and the registry of who owns which network. A service is named from the public part of each connection (the name asked of DNS, or announced when a secure connection opens). Traffic inside the local network is counted apart and is not part of the share.
report-caveat-cdn = Content delivery networks serve many companies: traffic through them is attributed to the network, not to the site you visited.
report-caveat-encrypted-dns = Devices that hide their name lookups (encrypted DNS) make services harder to name; their traffic is still counted by provider.
report-caveat-lists = Provider lists change: an address moved to another company since the last update may be attributed to the wrong one.
report-caveat-vpn = Traffic through a VPN is attributed to the VPN's provider, whatever travels inside it.
report-caveat-bytes = Bytes are not energy or emissions: a byte of video and a byte of a message weigh the same here.
report-generated = Generated by nuage { $version } on { $date } at { $time }.

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
