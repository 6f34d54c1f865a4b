# nuage — português (norma europeia).

-big-tech = nuvem das Big Tech

## Language choice

lang-unknown = língua desconhecida «{ $name }»; o nuage continua em inglês. Disponíveis: { $available }

## Dates and times

weekday = { $weekday ->
    [monday] segunda-feira
    [tuesday] terça-feira
    [wednesday] quarta-feira
    [thursday] quinta-feira
    [friday] sexta-feira
    [saturday] sábado
   *[sunday] domingo
}
month-name = { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
}
weekday-short = { $weekday ->
    [monday] seg.
    [tuesday] ter.
    [wednesday] qua.
    [thursday] qui.
    [friday] sex.
    [saturday] sáb.
   *[sunday] dom.
}
# A month on its own (a monthly report's title).
month-year = { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
} de { NUMBER($year, useGrouping: "false") }
date-long = { weekday }, { $day } de { month-name } de { NUMBER($year, useGrouping: "false") }
date-short = { NUMBER($day, minimumIntegerDigits: 2) }/{ NUMBER($month, minimumIntegerDigits: 2) }/{ NUMBER($year, useGrouping: "false") }
vs-usual = { $weekday ->
    [monday] face a uma segunda-feira habitual
    [tuesday] face a uma terça-feira habitual
    [wednesday] face a uma quarta-feira habitual
    [thursday] face a uma quinta-feira habitual
    [friday] face a uma sexta-feira habitual
    [saturday] face a um sábado habitual
   *[sunday] face a um domingo habitual
}
change-vs-usual = { $change } { vs-usual }
days-short = { $days } d

## Groups of providers

group-name = { $group ->
    [big-tech] { -big-tech }
    [cloud] outras nuvens e alojamento
    [cdn] redes de distribuição de conteúdos
    [streaming] redes de streaming
   *[other] outros
}
no-provider-list = em nenhuma lista de fornecedores
unknown-device = dispositivo desconhecido

## Command line: errors a user sees

error-loading-ranges = ao carregar os intervalos de endereços dos fornecedores
error-bundled-catalogue = ao ler o catálogo incluído
error-reading-stdin = ao ler a entrada padrão
error-writing-report = ao escrever o relatório
error-writing-flows = ao escrever os fluxos

## nuage lookup

lookup-need-addresses = indique um ou mais endereços, ou --stdin
lookup-bad-address = { $text } não é um endereço IPv4 nem IPv6
lookup-no-match = não corresponde a nenhuma lista de fornecedores
lookup-matched = { $prefix } segundo { $source } ({ $origin })

## nuage replay

replay-captured = Capturado de { $from } a { $to }: { $frames ->
    [one] { $frames } trama
   *[other] { $frames } tramas
}, { $size }
replay-internet = Internet: { $up } enviados, { $down } recebidos, { $flows ->
    [one] { $flows } fluxo
   *[other] { $flows } fluxos
}
replay-lan = Rede local: { $size } ({ $flows ->
    [one] { $flows } fluxo
   *[other] { $flows } fluxos
}, { $non_ip ->
    [one] { $non_ip } trama não IP
   *[other] { $non_ip } tramas não IP
})
replay-big-tech-share = Percentagem do tráfego de Internet na { -big-tech }: { $share }
replay-by-group = Por grupo:
replay-by-provider = Por fornecedor:
replay-decided-by = decidido pela infraestrutura e pelo serviço: { $both }, só pela infraestrutura: { $infrastructure }, só pelo serviço: { $service }
replay-encrypted-dns = DNS cifrado (DoH/DoT/DoQ): { $size }, { $flows ->
    [one] { $flows } fluxo
   *[other] { $flows } fluxos
}
replay-by-service = Por serviço (proprietário · infraestrutura):
replay-by-domain = Nomes sem regra de serviço (domínio registável):
replay-by-network = Outras redes (base de dados ASN):
replay-and-more = … e mais { $count }
replay-provider-origin = Fornecedor determinado por:
replay-by-device = Por dispositivo:
replay-undecodable = Não descodificadas: { $frames ->
    [one] { $frames } trama
   *[other] { $frames } tramas
}, { $size }
replay-flow-table = Tabela de fluxos: { $flows ->
    [one] { $flows } fluxo
   *[other] { $flows } fluxos
}, { $evicted } descartados ao atingir o limite de { $cap }

## nuage ranges sources

ranges-col-id = ID
ranges-col-provider = FORNECEDOR
ranges-col-format = FORMATO
ranges-col-every = A CADA
ranges-col-save-as = GUARDAR COMO
ranges-col-url = URL
ranges-all-providers = (todos)
ranges-offline-howto = Para atualizar uma máquina sem Internet: descarregue cada URL noutro computador, guarde os ficheiros numa pasta com os nomes de GUARDAR COMO e depois execute `nuage ranges update --from PASTA`.
ranges-note-discover = { $id }: o URL é uma página; descarregue o ficheiro para onde aponta e guarde-o como { $file }
ranges-note-placeholders = { $id }: substitua {"{"}YYYY{"}"} e {"{"}MM{"}"} pelo ano e pelo mês atuais
ranges-note-gzip = { $id }: a transferência vem comprimida com gzip; guarde-a como { $file }, comprimida ou não
ranges-note-zip = { $id }: a transferência é um zip; guarde-a como { $file } tal como está, ou com os ficheiros juntos
ranges-note-licence = { $id }: licença: { $licence }

## nuage ranges status

ranges-col-source = FONTE
ranges-col-file = FICHEIRO
ranges-col-date = DATA
ranges-col-age = IDADE
ranges-col-state = ESTADO
ranges-state-not-imported = não importada
ranges-state-unreadable = ILEGÍVEL: { $error }
ranges-state-stale = DESATUALIZADA
ranges-state-ok = ok
ranges-bundled = Versão incluída: { $date }; prefixos derivados de ASN: { $asn_v4 } IPv4 / { $asn_v6 } IPv6; publicados: { $published_v4 } IPv4 / { $published_v6 } IPv6.
ranges-bundled-date = { $date } (há { $days } d)
ranges-undated = sem data
ranges-stale-hint = As listas DESATUALIZADAS têm mais do dobro do seu período de publicação: execute `nuage ranges update`.

## nuage ranges update

ranges-prefixes = { $count ->
    [one] { $count } prefixo
   *[other] { $count } prefixos
}
ranges-updated = { $id }: { $size }, { $prefixes } ✓
ranges-updated-diff = { $id }: { $size }, { $prefixes } (+{ $added } / −{ $removed }) ✓
ranges-not-modified = { $id }: sem alterações no servidor
ranges-unchanged = { $id }: sem alterações, { $prefixes }
ranges-not-in-dir = { $id }: { $file } não está em { $dir }, ignorado
ranges-failed-kept = { $id }: FALHOU: { $error }; continua em uso o ficheiro anterior
ranges-failed-bundled = { $id }: FALHOU: { $error }; ainda nada foi importado, continua em uso a versão incluída
ranges-from-empty = { $dir } não contém nenhum dos ficheiros esperados (veja os nomes com `nuage ranges sources`)

## Dashboard

view-services = Serviços
view-devices = Dispositivos
view-flows = Fluxos
col-provider = Fornecedor
col-service = Serviço
col-device = Dispositivo
col-share = Percentagem
col-traffic = Tráfego
devices-hidden = Os dispositivos não são mostrados (privacidade: «{ $privacy }»).
help-title = Teclas
key-quit = sair
key-today = voltar a hoje

## Units

unit-flows = { $count ->
    [one] { $count } fluxo
   *[other] { $count } fluxos
}
unit-devices = { $count ->
    [one] { $count } dispositivo
   *[other] { $count } dispositivos
}
unit-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}

## Reports

report-title = Quanto dependemos da { -big-tech }?
report-subtitle = { $place }, { $date }
report-period = De { $from } a { $to }
report-section-summary = Resumo
report-section-providers = Fornecedores
report-section-services = Serviços
report-section-devices = Dispositivos
report-section-timeline = Ao longo do dia
report-section-baseline = Comparado com um dia habitual
report-section-method = Como o nuage conta
report-caveat-cdn = As redes de distribuição de conteúdos servem muitas empresas: o seu tráfego é atribuído à rede, não ao site visitado.
report-caveat-bytes = Bytes não são energia nem emissões: aqui, um byte de vídeo pesa o mesmo que um byte de uma mensagem.

## dashboard (session 3)
dash-no-place = este espaço
dash-live = em direto
dash-paused = em pausa
dash-not-live = em diferido
dash-history = histórico
dash-from-database = a ler { $path }
dash-tab-overview = Resumo
dash-help-hint = ? ajuda
dash-headline-title = Peso da { -big-tech }
dash-headline-no-data = Ainda não foi contado tráfego de Internet neste dia.
dash-no-baseline = ainda não há um dia habitual para comparar
dash-share-of = { $big_tech } de { $total }
dash-vs-usual = { $change } { vs-usual } ({ $usual })
dash-vs-usual-days = { $change } face a um dia habitual ({ $usual })
dash-providers-title = Quem transportou o tráfego
dash-timeline-title = Ao longo do dia ({ $bucket }, pico { $peak })
dash-per-minutes = por { $minutes } min
dash-per-hours = { $hours ->
    [one] por hora
   *[other] por { $hours } h
}
dash-flows-title = Fluxos atuais
dash-cat-other-clouds = Outras nuvens/CDN
dash-cat-other-networks = Outras redes
dash-cat-lan = Dentro (rede local)
dash-lan-share = local
dash-legend-big-tech = Big Tech
dash-legend-other = restante
dash-legend-now = agora
dash-col-service-carrier = Serviço · infraestrutura
dash-col-named-by = Identificado por
dash-col-lan = Rede local
dash-col-remote = Destino
dash-col-rate = Agora ↓/↑
dash-col-rate-now = agora
dash-unnamed-service = Sem nome
dash-unknown-network = rede desconhecida
dash-source-address = endereço
dash-flows-hidden = Não há fluxos atuais para mostrar (ou a definição de privacidade oculta-os).
dash-flows-not-live = Os fluxos só são mostrados em direto, para hoje.
dash-empty-list = Ainda nada foi contado.
dash-no-day-data = Não há dados guardados para este dia.
dash-sort-traffic = tráfego
dash-sort-big-tech = Big Tech primeiro
dash-sort-name = nome
dash-sort-rate = débito atual
dash-sorted-by = ordem: { $sort }
dash-units-bytes-si = bytes (kB, MB)
dash-units-bytes-iec = bytes (KiB, MiB)
dash-units-bits-si = bits (kbit, Mbit)
dash-units-bits-iec = bits (Kibit, Mibit)
dash-units-label = unidades: { $units }
dash-capture-ok = captura ok
dash-interface-down = em baixo
dash-no-capture = sem captura
dash-dropped = { $count ->
    [one] { $count } perdido
   *[other] { $count } perdidos
}
dash-not-saving = não está a guardar: { $error }
dash-ranges-version = intervalos { $version }
dash-footer-hints = Tab vista  ←/→ dia  s ordem  u unidades  p pausa  ? ajuda  q sair
dash-help-close = Prima qualquer tecla para fechar.
dash-help-views = vista seguinte / anterior
dash-help-move = mover numa lista
dash-help-page = avançar uma página
dash-help-sort = mudar a ordem
dash-help-pause = pausar / retomar a atualização
dash-help-days = dia anterior / seguinte
dash-help-units = unidades: bytes ou bits, kB ou KiB
dash-help-help = esta ajuda
dash-help-mouse-key = rato
dash-help-mouse = deslizar listas, clicar no nome de uma vista
dash-too-small =
    O terminal é demasiado pequeno
    para o painel (pelo menos { $width }×{ $height }).
dash-needs-terminal = { $command } desenha um painel e precisa de um terminal (a saída padrão não é um)

## report (session 3)
# O relatório (nuage report) nos formatos legíveis, e os identificadores que o nuage replay
# e o nuage lookup mostram. As contagens chegam como números (plurais); tamanhos,
# percentagens, datas e horas chegam já formatados, como texto.

report-title-collective = Quanto dependemos da { -big-tech }? Todos os locais juntos
report-section-groups = Tipos de fornecedor
report-section-networks = Outras redes
report-section-days = Dia a dia
report-section-health = Até que ponto estes números estão completos
report-section-places = Locais
report-headline = { $share } do nosso tráfego de Internet ({ $total } no total) foi para a { -big-tech } ou veio dela.
report-headline-collective = Em { $places ->
    [one] um local
   *[other] { $places } locais
}, { $share } do tráfego de Internet foi para a { -big-tech } ou veio dela (entre { $min } e { $max } consoante o local).
report-baseline-sentence = { $direction ->
    [less] São { $points } pontos percentuais a menos do que num dia habitual ({ $usual } em média em { $days ->
        [one] um dia
       *[other] { $days } dias
    }).
   *[more] São { $points } pontos percentuais a mais do que num dia habitual ({ $usual } em média em { $days ->
        [one] um dia
       *[other] { $days } dias
    }).
}
report-baseline-method = { $method ->
    [same-weekday] o mesmo dia da semana nas semanas anteriores
    [previous-weeks] as quatro semanas anteriores
    [range] os dias indicados
   *[places] o dia habitual de cada local
}
report-baseline-days = Dia habitual: { $how }.
report-baseline-days-list = Dia habitual: { $how } ({ $days }).
report-no-data = Não foi registado nenhum tráfego.
report-more = … e mais { $count }
report-points = { $points } p.p.
report-row-internet = Tráfego de Internet
report-row-share = Percentagem da nuvem das Big Tech
report-row-internet-value = { $total } ({ $up } enviados, { $down } recebidos)
report-row-lan = Dentro do local (rede local)
report-row-by-bytes = Nuvem das Big Tech, em bytes
report-row-by-flows = em ligações
report-row-by-flows-value = { $share } ({ $big_tech } de { $flows ->
    [one] { $flows } ligação
   *[other] { $flows } ligações
})
report-row-by-minutes = em minutos com atividade
report-row-by-minutes-value = { $share } ({ $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
})
report-row-by-infrastructure = por causa da infraestrutura
report-row-by-service-only = só por causa do dono do serviço
report-col-provider = Fornecedor
report-col-group = Tipo
report-col-traffic = Tráfego
report-col-share = Percentagem
report-col-service = Serviço
report-col-owner = Dono
report-col-carried-by = Servido por
report-col-hour = Hora
report-col-day = Dia
report-col-big-tech = Nuvem das Big Tech
report-col-other = Resto da Internet
report-col-lan = Rede local
report-col-device = Dispositivo
report-col-usual = Dia habitual
report-col-now = Desta vez
report-col-change = Variação
report-col-place = Local
report-col-network = Rede
report-col-layer = Atribuído segundo
report-col-decision = Conta como nuvem das Big Tech por causa de
report-big-tech-mark = Big Tech
report-unknown = desconhecido
report-not-recorded = não registado
report-other-networks = Outras redes
report-unnamed = Não identificado
report-group = { $group ->
    [big-tech] Nuvem das Big Tech
    [cloud] Outras nuvens e alojamento
    [cdn] Redes de distribuição de conteúdos
    [streaming] Redes de streaming
    [none] Redes que nenhuma lista conhece
   *[other] Indicados na sua configuração
}
report-layer = { $layer ->
    [official] Listas de endereços dos próprios fornecedores
    [asn] Instantâneo incluído das suas redes (ASN)
    [mmdb] Base de dados de redes (ASN)
    [user] A sua própria configuração
   *[unattributed] Não atribuído
}
report-decision = { $decision ->
    [both] a sua infraestrutura e o seu serviço
    [infrastructure] só a sua infraestrutura
    [service] só o seu serviço (infraestrutura de outrem)
   *[neither] não é nuvem das Big Tech
}
report-chart-gauge = Percentagem do tráfego de Internet na nuvem das Big Tech
report-chart-providers = Tráfego por fornecedor
report-chart-timeline = Tráfego por hora: nuvem das Big Tech (escuro) e resto da Internet (claro)
report-chart-timeline-days = Tráfego por dia: nuvem das Big Tech (escuro) e resto da Internet (claro)
report-chart-baseline = Percentagem da nuvem das Big Tech: um dia habitual e desta vez
report-health-minutes = Minutos com tráfego: { $with } de { $all }.
report-health-gaps = Falhas sem captura: { $gaps } ({ $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}).
report-health-dropped = Pacotes perdidos pela captura: { $dropped }.
report-health-clock-jumps = Saltos do relógio: { $jumps }.
report-health-unattributed = Não atribuído a nenhum fornecedor: { $size } ({ $share }).
report-health-unnamed = Não identificado (nenhum serviço reconhecido): { $size }.
report-health-ranges = Listas de endereços dos fornecedores de { $date } (com { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}).
report-health-ranges-undated = Listas de endereços dos fornecedores: data desconhecida.
report-health-gap = Falha a partir de { $start }, { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
report-caveat-daemon = Lido do serviço nuage em execução, que não indica falhas, perdas nem saltos do relógio: verifique-os com `nuage report --db`.
report-caveat-gap = Nada foi captado durante { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}: os totais reais são mais altos.
report-caveat-dropped = A captura perdeu alguns pacotes: os totais ficam um pouco abaixo da realidade.
report-caveat-clock = O relógio saltou durante a captura: alguns minutos podem estar na hora errada.
report-caveat-unattributed = { $share } do tráfego foi para endereços que nenhuma lista atribui: a percentagem das Big Tech pode ser maior.
report-caveat-old-lists = As listas de endereços dos fornecedores são antigas: execute `nuage ranges update`.
report-methods-rule = O tráfego conta como { -big-tech } quando o endereço para onde foi pertence à infraestrutura de uma grande tecnológica, OU quando o serviço por trás dele lhe pertence (o YouTube servido a partir de uma cache dentro do seu fornecedor de Internet continua a ser Google). As empresas: { $companies }.
report-methods-attribution = Os endereços são atribuídos com as listas que os próprios fornecedores publicam e, depois, com um instantâneo incluído das suas redes (ASN). Os serviços são identificados pelas respostas DNS, pelos nomes de servidor TLS e QUIC e pelos cabeçalhos Host de HTTP vistos na rede; o nuage nunca guarda o conteúdo de nenhum tráfego.
report-methods-blind = O que não se consegue ver: os nomes consultados por DNS cifrado (DoH, DoT), as ligações que escondem o nome do servidor (ECH) e tudo o que passa dentro de uma VPN ou de um proxy, que conta para o fornecedor da VPN. O tráfego que nunca passou por esta rede (dados móveis) não é contado.
report-methods-privacy = Privacidade durante a captura: { $privacy ->
    [full] completa (dispositivos pelo seu endereço físico)
    [devices-anonymous] dispositivos com pseudónimo
    [aggregate] só totais, sem dispositivos
   *[mixed] diferente em cada local
}.
report-merged-note = Reunido a partir dos relatórios próprios de { $places ->
    [one] um local
   *[other] { $places } locais
}. Nenhum pormenor dos dispositivos é transferido.
origin-name = { $origin ->
    [official] listas dos próprios fornecedores
    [asn] instantâneo incluído das redes (ASN)
    [mmdb] base de dados ASN (mmdb)
    [user] a sua própria configuração
   *[none] não atribuído
}
lookup-asn-database = AS{ $asn } segundo a base de dados ASN (mmdb)
lookup-asn-no-provider = não corresponde a nenhuma lista de fornecedores; rede { $network }
# nuage report: what it says when it cannot write a report.
report-error-future = { $day } é uma data futura (hoje é { $today } em { $zone })
report-error-not-a-date = { $option }: «{ $text }» não é uma data (esperava-se AAAA-MM-DD, today ou yesterday)
report-error-from-after-to = --from { $from } é posterior a --to { $to }
report-error-too-long = um relatório abrange no máximo { $days } dias ({ $period } é mais longo)
report-error-no-data = nenhum tráfego registado para { $period } segundo { $source }: { $hint }
report-error-no-database = não há base de dados de utilização em { $db }
report-error-no-source = não há base de dados de utilização em { $db } nem nenhum serviço nuage em { $socket }: inicie primeiro o serviço ou indique --db CAMINHO
report-period-dates = de { $from } a { $to }
report-source-daemon = o serviço nuage em execução
report-hint-database = a base de dados tem dados de { $from } a { $to }
report-hint-database-empty = a base de dados ainda não tem tráfego
report-hint-daemon = o serviço tem dados de { $from } a { $to }
report-hint-daemon-empty = o serviço ainda não tem tráfego
report-notice-aggregate = a privacidade está em `aggregate`: não se guardam dispositivos, por isso o relatório não tem secção por dispositivo
report-notice-no-baseline = nenhum dos dias de referência tem dados; o relatório não inclui comparação

## command line (session 4)
cli-dashboard = ao mostrar o painel
cli-start-thread = ao lançar uma tarefa em segundo plano
cli-signals = ao preparar a paragem por sinal
cli-starting-run = ao arrancar o nuage run
cli-running = durante a contagem
cli-loading-services = ao carregar o catálogo de serviços
cli-writing-file = ao escrever { $path }
cli-demo-open = ao abrir a captura de demonstração { $path }
cli-demo-household = casa de demonstração
cli-unknown-error = erro desconhecido
cli-unsaved-rows = { $count ->
    [one] { $count } linha não pôde ser escrita na base de dados
   *[other] { $count } linhas não puderam ser escritas na base de dados
}: { $error }
cli-flush-secs = --flush-secs { $value }: indique entre { $min } e { $max } segundos
cli-no-day-before = { $option }: não há nenhum dia antes de { $today }
cli-baseline-syntax = --baseline «{ $spec }»: escreva `none` ou DE..ATÉ (por exemplo 2027-03-01..2027-03-07)
cli-baseline-reversed = --baseline «{ $spec }»: { $from } vem depois de { $to }
cli-baseline-too-long = --baseline «{ $spec }»: no máximo { $days } dias
cli-older-daemon = o serviço nuage em execução é mais antigo do que este nuage e só responde dia a dia: atualize-o, ou indique --db CAMINHO para um relatório de vários dias
cli-top-hint = o `nuage run` está a correr? (o `nuage demo` mostra o painel sem serviço)
cli-top-no-snapshot = o serviço em { $socket } não enviou nenhum estado: { $error }
cli-top-closed = o serviço em { $socket } fechou a ligação

err-config-read = não é possível ler o ficheiro de configuração { $path }: { $error }
err-config-line-key = ficheiro de configuração { $path }, linha { $line }, chave «{ $key }»: { $problem }
err-config-line = ficheiro de configuração { $path }, linha { $line }: { $problem }
err-config-key = ficheiro de configuração { $path }, chave «{ $key }»: { $problem }
err-config-file = ficheiro de configuração { $path }: { $problem }
err-config-unknown-key = o nuage não conhece nenhuma chave «{ $key }» aqui (gralha?); esta secção aceita: { $expected }
err-unknown-lang = o nuage não fala «{ $name }»; escolha entre { $available }
err-config-flush-secs = { $value } segundos está fora dos limites: indique entre { $min } e { $max }
err-config-capture-buffer = { $value } MiB está fora dos limites: indique entre { $min } e { $max }
err-config-zero-days = 0 dias apagaria todas as linhas de uma vez: indique pelo menos 1
err-config-pending-rows = { $value } é pouco: indique pelo menos { $min }
err-config-host-bits = o prefixo { $prefix } tem bits de anfitrião (queria dizer { $network }?)
err-config-socket-length = o caminho do socket deve ter de 1 a { $max } bytes, não { $len }
err-config-metrics-remote = { $listen } é acessível a partir de outras máquinas: use 127.0.0.1 (ou ::1), ou acrescente allow-remote = true em [metrics]

err-capture-open = não é possível abrir o ficheiro de captura { $path }: { $error }
err-capture-too-short = não é possível abrir o ficheiro de captura { $path }: só tem { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}, pouco demais para ser uma captura
err-capture-corrupt-at = o ficheiro de captura { $path } está cortado ou danificado no byte { $offset } (após { $packets ->
    [one] { $packets } pacote
   *[other] { $packets } pacotes
}): { $error }
err-capture-corrupt = o ficheiro de captura { $path } está cortado ou danificado após { $packets ->
    [one] { $packets } pacote
   *[other] { $packets } pacotes
}: { $error }
err-capture-interface = não é possível capturar na interface { $interface }: { $error }
err-capture-filter = o filtro de captura «{ $filter }» em { $interface } não é válido: { $error }
err-capture-read = a leitura da interface { $interface } falhou: { $error }
err-capture-no-default = não há rota predefinida (em /proc/net/route nem em /proc/net/ipv6_route): indique a interface onde capturar
err-capture-timeout = não chegou nenhum pacote dentro do tempo de espera
err-daemon-capture-permission = { $error }: para capturar é preciso root ou a capacidade CAP_NET_RAW (veja o README: executar como serviço)

err-store-locked = { $path }: a base de dados está bloqueada por outro programa (há outro nuage a correr?)
err-store-corrupt = { $path } não é uma base de dados SQLite legível (danificada, ou outro tipo de ficheiro); não foi tocada: ponha-a de lado para começar uma nova
err-store-not-nuage = { $path } é a base de dados SQLite de outra aplicação ({ $tables ->
    [one] { $tables } tabela
   *[other] { $tables } tabelas
}); não foi tocada: dê ao nuage um caminho próprio
err-store-too-new = { $path }: a versão de esquema { $found } é mais recente do que este nuage entende ({ $supported }); não foi tocada: atualize o nuage
err-store-too-old = { $path }: a versão de esquema { $found } é anterior a { $supported }, e aberta só para leitura não pode ser atualizada: arranque o `nuage run` uma vez para o fazer
err-store-read-only = { $path }: não é possível escrever na base de dados (ficheiro, pasta ou sistema de ficheiros só de leitura)
err-store-disk-full = { $path }: o disco está cheio
err-store-cannot-open = { $path }: não é possível abrir nem criar o ficheiro da base de dados (a pasta existe e o nuage pode escrever nela?)
err-store-invalid-data = { $path }: um valor guardado que este nuage não consegue ler ({ $error })
err-store-sqlite = { $path }: erro da base de dados ({ $error })
err-store-time-zone = fuso horário desconhecido «{ $name }» (escreva um nome IANA como Europe/Lisbon): { $error }
err-db-missing = não há base de dados em { $path } (o `nuage run` cria nuage.db na sua pasta de dados)
err-db-open = não é possível ler a base de dados { $path }: { $error }
err-db-shm = { $shm } pertence a um `nuage run` em execução e este utilizador não o pode escrever, o que é preciso para ler ao lado do serviço: execute o comando como o utilizador do serviço (`sudo -u nuage`), ou use `nuage top` sem --db, pelo socket do serviço

err-client-not-running = nenhum serviço nuage em { $path } ({ $error })
err-client-io = socket de controlo: { $error }
err-client-refused = o serviço recusou o pedido «{ $request }»: { $error }
err-client-protocol = a resposta do serviço não faz sentido para este nuage: { $error }
err-client-closed = o serviço fechou a ligação

err-merge-read = não é possível ler { $path }: { $error }
err-merge-parse = { $path } não é um relatório do nuage (JSON): { $error }
err-merge-no-version = { $path } não tem schema_version: foi escrito por `nuage report --format json`?
err-merge-version = { $path } está na versão de esquema de relatório { $found }, e este nuage lê a versão { $expected }: volte a gerá-lo com a mesma versão do nuage
err-merge-collective = { $path } já é um relatório coletivo: junte antes os relatórios próprios de cada lugar
err-merge-empty = nada para juntar: indique pelo menos um relatório
err-render-json = ao escrever o relatório em JSON: { $error }

err-ranges-unknown-source = não existe a fonte «{ $id }» (conhecidas: { $known })
err-ranges-busy = já está a correr outro `nuage ranges update` (tem { $path })
err-ranges-decompress = { $file }: não é possível descomprimir: { $error }
err-ranges-shrank = { $file } contém { $new } prefixos e o ficheiro atual { $old }: desapareceria mais de metade, por isso foi recusado (--force aceita-o)
err-ranges-catalogue = { $file }: { $what } «{ $value }» desconhecido no catálogo
err-download-refused = { $url }: recusado ({ $error })
err-download-status = { $url }: o servidor respondeu HTTP { $status }
err-download-transport = { $url }: { $error }
err-download-no-link = { $url }: essa página não tem nenhuma ligação para um ficheiro ServiceTags_Public_<data>.json
err-download-gzip = gzip inválido: { $error }
err-zip = arquivo zip ilegível: { $error }
err-parse-syntax = { $format } inválido: { $error }
err-parse-entry = entrada { $entry }: { $error }
err-parse-empty = o ficheiro não contém nenhum intervalo
err-override = a sua entrada provider-ranges para { $prefix }: { $error }
err-asn-read = não é possível ler a base de dados ASN { $path }: { $error }
err-asn-invalid = a base de dados ASN { $path } não é uma MaxMind DB válida: { $error }

err-cannot-read = não é possível ler { $path }: { $error }
err-cannot-write = não é possível escrever { $path }: { $error }
err-cannot-create = não é possível criar { $path }: { $error }
err-cannot-lock = não é possível bloquear { $path }: { $error }
err-not-a-folder = { $path } não é uma pasta

err-daemon-no-such-user = [daemon] user = «{ $name }»: esse utilizador não existe em /etc/passwd
err-daemon-ranges = ao carregar os intervalos de endereços dos fornecedores: { $error }
err-daemon-secret = segredo dos pseudónimos { $path }: { $error }
err-daemon-privileges = ao largar os privilégios: { $error }
err-metrics-not-loopback = o endereço das métricas { $addr } é acessível a partir de outras máquinas; ponha allow-remote = true em [metrics] para as servir
err-metrics-bind = não é possível servir métricas em { $addr }: { $error }
err-demo-empty = a captura de demonstração { $path } não contém nenhum pacote

dash-store-locked = base bloqueada
dash-store-disk-full = disco cheio
dash-store-read-only = base só de leitura
dash-store-cannot-open = base inacessível
dash-store-unusable = base inutilizável
dash-store-failed = erro da base
dash-store-folded = (a contar em memória; { $count ->
    [one] { $count } linha agrupada
   *[other] { $count } linhas agrupadas
} por hora, totais mantidos)
dash-offload = a aceleração por hardware esconde { $hidden } do tráfego

## session 5
## The command line as clap reads it, the system's common errors, the database's and the
## decoder's (see en.ftl for what each variable holds).

cli-usage = Utilização:
cli-more-help = Para mais informação, experimente «{ $help }».
cli-arg-unknown = argumento inesperado «{ $arg }»
cli-command-unknown = comando desconhecido «{ $name }»
cli-arg-missing-value = «{ $arg }» precisa de um valor, mas não foi dado nenhum
cli-arg-invalid-value = valor inválido «{ $value }» para «{ $arg }»
cli-possible-values = valores possíveis: { $values }
cli-arg-bad-value = { $arg }: { $reason }
cli-value-number = «{ $value }» não é um número inteiro dentro dos limites aceites
cli-value-demo-speed = «{ $value }» não é uma velocidade entre 0 e 100000 (por exemplo 60)
cli-value-time-of-day = «{ $value }» não é uma hora do dia como 07:30
cli-value-run-speed = «{ $value }» não é uma velocidade: indique um fator maior que 0 (1 = tempo real, 60 = um minuto por segundo) ou max
cli-value-format = formato desconhecido «{ $value }» (escreva text, md, json, csv ou html)
cli-value-network = «{ $value }» não é um prefixo de rede como 192.0.2.0/24 ou 2001:db8::/32
cli-arg-required = faltam estes argumentos obrigatórios:
cli-command-missing = «{ $name }» precisa de um comando, e não foi dado nenhum
cli-possible-commands = comandos: { $commands }
cli-arg-repeated = «{ $arg }» não pode ser indicado mais de uma vez
cli-arg-conflict = «{ $arg }» não pode ser usado com «{ $other }»
cli-arg-conflict-many = «{ $arg }» não pode ser usado com:
cli-arg-too-many = valor inesperado «{ $value }» para «{ $arg }»: não se esperavam mais
cli-invalid-utf8 = um argumento não é texto UTF-8 válido
cli-tip-similar-command = sugestão: { $count ->
    [one] existe um comando parecido: { $names }
   *[other] existem comandos parecidos: { $names }
}
cli-tip-similar-arg = sugestão: { $count ->
    [one] existe uma opção parecida: { $names }
   *[other] existem opções parecidas: { $names }
}
cli-tip-similar-value = sugestão: { $count ->
    [one] existe um valor parecido: { $names }
   *[other] existem valores parecidos: { $names }
}
cli-tip-as-value = sugestão: para passar «{ $arg }» como valor, escreva «{ $fix }»
cli-tip-exists = sugestão: «{ $usage }» existe (a opção vem depois do seu comando)
cli-tip-remove-dashes = sugestão: o comando «{ $name }» existe; para o usar, retire o «--» que está antes dele

err-io = { $kind ->
    [not-found] ficheiro ou pasta inexistente
    [permission-denied] permissão negada
    [is-a-folder] é uma pasta, não um ficheiro
    [not-a-folder] uma parte do caminho não é uma pasta
    [read-only] o sistema de ficheiros é só de leitura
    [disk-full] não há espaço no disco
    [exists] já existe
    [refused] ligação recusada
    [timed-out] tempo de espera esgotado
    [address-in-use] o endereço já está em uso
    [address-unavailable] esta máquina não tem esse endereço
   *[other] { $detail }
}
err-ranges-invalid-file = { $path }: { $error }
err-store-io = { $path }: o sistema não conseguiu ler nem escrever o ficheiro da base de dados (um cartão SD ou disco com falhas, ou uma pen USB retirada?)
dash-store-io = erro de disco
replay-undecodable-reason = { $reason ->
    [truncated] trama demasiado curta para o cabeçalho { $header }
    [link-type] o tipo de ligação { $link } não é suportado
    [not-ip] não é um pacote IP (protocolo de ligação { $protocol })
   *[malformed] cabeçalho { $header } malformado
}
ranges-date-from = { $date } ({ $from ->
    [published] publicada
    [updated] atualizada
   *[file-time] data do ficheiro
})
err-daemon-reply = { $code ->
    [busy] há demasiados programas ligados a ele; tente de novo daqui a pouco
    [unavailable] agora não consegue responder (não consegue ler a sua base de dados; veja o registo dele)
    [not-found] não tem nada registado para o que foi pedido
   *[protocol] este nuage e o serviço não se entendem (um deles é mais antigo?): { $message }
}

## --help (session 5)

help-about-nuage = Quanto dependemos hoje da { -big-tech }?
help-body-nuage =
    O nuage observa o tráfego de uma casa ou de um centro comunitário e atribui cada fluxo ao fornecedor de Cloud que o serve.
help-arg-nuage-data-dir = Onde o nuage guarda os seus dados [default: /var/lib/nuage para root, senão ~/.local/share/nuage]
help-arg-nuage-config = Ficheiro de configuração [default: /etc/nuage/nuage.toml se existir]
help-arg-nuage-socket = O socket de controlo do serviço em execução [default: /run/nuage/nuage.sock para root, senão $XDG_RUNTIME_DIR/nuage/nuage.sock; ou `[control] socket` na configuração]
help-arg-nuage-verbose = Dizer mais sobre o que está a acontecer (repetir para mais)
help-arg-nuage-json = Escrever os dados em JSON (um objeto, ou um por linha nas listas)
help-arg-nuage-lang = Língua das mensagens: en, es, ca, fr, de, pt, el, ro, it [default: `lang` da configuração, depois LC_ALL / LC_MESSAGES / LANG, depois en]
help-about-lookup = Que fornecedor serve um endereço, e porquê
help-arg-lookup-addresses = Endereços a procurar (IPv4, IPv6, IPv4 mapeado ou NAT64 64:ff9b::/96)
help-arg-lookup-stdin = Ler também endereços da entrada padrão, um por linha
help-about-ranges = Listas de intervalos dos fornecedores: de onde vêm, quão recentes são, como atualizá-las
help-about-ranges-sources = Listar as fontes oficiais: id, URL e o nome de ficheiro que `update --from` espera
help-about-ranges-status = Por fonte: data, idade, número de prefixos e se está desatualizada
help-about-ranges-update = Descarregar cada fonte oficial (ou importá-las de uma pasta) e pô-las em uso
help-body-ranges-update =
    Cada ficheiro é verificado por inteiro antes de substituir o que está em uso; uma fonte
    que falha mantém o ficheiro anterior. As transferências são só por HTTPS. Com
    `[ranges] mirror = "URL"` na configuração, cada ficheiro vem de URL/<file> (nomes tal como
    `nuage ranges sources` os lista). O http:// simples só é aceite para esta máquina
    (127.0.0.0/8, ::1, localhost), que é o que os testes usam.
help-arg-ranges-update-from = Importar os ficheiros desta pasta (p. ex. uma pen USB) em vez de os descarregar
help-arg-ranges-update-force = Aceitar uma lista que encolheu para menos de metade
help-arg-ranges-update-sources = Só estas fontes (ids de `nuage ranges sources`)
help-about-replay = Contar o tráfego de ficheiros de captura, tão depressa quanto se conseguem ler
help-arg-replay-files = Ficheiros de captura (pcap ou pcapng), lidos pela ordem dada
help-arg-replay-flows = Escrever cada fluxo em vez do resumo, um objeto JSON por linha
help-arg-replay-lan = Um prefixo que faz parte da rede local, além dos intervalos privados (repetível)
help-about-run = Funcionar como serviço: capturar, contar e guardar os números na base de dados
help-body-run =
    As definições vêm do ficheiro de configuração ([daemon] e [store], ver
    nuage.example.toml); as opções dadas aqui prevalecem. SIGTERM/SIGINT escrevem o que foi
    contado e saem; SIGHUP recarrega os intervalos dos fornecedores, a privacidade e o local.
help-arg-run-interfaces = Interface onde capturar (repetível) [default: [daemon] interfaces, senão a da rota predefinida]
help-arg-run-pcap = Fazer passar este ficheiro de captura pelo mesmo caminho em vez de capturar
help-arg-run-speed = Com --pcap: N vezes o tempo real (60 = um minuto por segundo), ou `max`
help-arg-run-looped = Com --pcap: recomeçar quando o ficheiro acaba, cada passagem no(s) dia(s) seguinte(s)
help-arg-run-flush-secs = Segundos entre escritas na base de dados [default: [daemon] flush-secs, 60]
help-arg-run-tz = Fuso horário IANA em que os dias são contados [default: [daemon] tz, senão o do sistema]
help-arg-run-tui = Mostrar o painel em direto neste terminal durante a captura (sair com q; a captura para e o que foi contado é escrito)
help-arg-run-user = Utilizador sem privilégios a assumir depois de abrir as capturas [default: [daemon] user, senão `nuage` se existir]
help-arg-run-lan = Um prefixo que faz parte da rede local, além dos intervalos privados (repetível)
help-about-demo = Um painel vivo com o dia da casa de demonstração, reproduzido depressa (sem root, sem serviço)
help-body-demo =
    Reproduz demo/household.pcap (uma casa fictícia a 8 de março) pelo processamento real,
    60 vezes mais depressa do que o tempo real, em ciclo, um dia mais tarde em cada volta.
help-arg-demo-speed = Quantas vezes mais depressa do que o tempo real o dia passa
help-arg-demo-from = Hora do dia em que a reprodução começa (HH:MM); os pacotes anteriores são contados de uma vez
help-arg-demo-file = Reproduzir esta captura em vez da casa de demonstração
help-about-top = O painel em direto do serviço em execução (pelo seu socket de controlo), ou de uma base de dados
help-arg-top-db = Ler esta base de dados diretamente, sem serviço (não em direto: sem débitos nem fluxos)
help-about-report = O resumo de um dia para partilhar: texto, Markdown, JSON, CSV ou uma página HTML
help-arg-report-day = O dia local: AAAA-MM-DD, today ou yesterday [default: today]
help-arg-report-from = Primeiro dia de um período (com --to)
help-arg-report-to = Último dia de um período, incluído (com --from)
help-arg-report-baseline = O dia habitual com que comparar: `none`, ou FROM..TO (p. ex. 2027-03-01..2027-03-07) [default: o mesmo dia da semana nas quatro semanas anteriores com dados]
help-arg-report-format = text, md, json, csv ou html (--json quer dizer json)
help-arg-report-per-device = Acrescentar uma secção por dispositivo, quando a definição de privacidade guarda os dispositivos
help-arg-report-out = Escrever o relatório em FILE em vez da saída padrão
help-arg-report-db = A base de dados de utilização [default: nuage.db na pasta de dados]
help-arg-report-time-zone = Fuso horário IANA dos dias (Europe/Brussels) [default: o do sistema]
help-about-report-merge = Juntar os relatórios JSON de vários locais num relatório coletivo (sem detalhe por dispositivo)
help-arg-report-merge-files = Relatórios JSON escritos por `nuage report --format json`
help-arg-report-merge-format = text, md, json, csv ou html (--json quer dizer json)
help-arg-report-merge-out = Escrever o relatório em FILE em vez da saída padrão
help-heading-commands = Comandos
help-heading-arguments = Argumentos
help-heading-options = Opções
help-heading-examples = Exemplos
help-heading-example = Exemplo
help-flag-help = Mostrar a ajuda
help-flag-help-more = Mostrar a ajuda (mais com '--help')
help-flag-help-summary = Mostrar a ajuda (um resumo com '-h')
help-flag-version = Mostrar a versão
help-command-help = Mostrar esta mensagem ou a ajuda dos comandos indicados
