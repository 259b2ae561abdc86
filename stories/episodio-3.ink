# title: \#internethavinto, i Social per la PMI stanno male e bisogna ripensare tutto da zero
# episode: 3
# time: @02:00 p.m.
# summary: La puntata 3 come la riassume il saggio: Facebook e i social media tornano a essere strumenti, e per le PMI bisogna ripensare tutto da zero con il pensiero strategico.

// Episodio 3: la puntata precedente, così come la riassume l'episodio 4 del saggio.
// Il testo dell'autore è in shared/recap.ink; qui ci sono solo i due personaggi che reagiscono.

INCLUDE shared/recap.ink

-> puntata_3

=== puntata_3 ===
-> recap(false) ->
cappotto: Strumenti. Per anni ce li hanno presentati come la soluzione. # enter: cappotto, valigetta # pose: cappotto pensoso # note: Due frasi dell’autore, poi i personaggi. Chiedete alla sala se i social, per loro, sono uno strumento o un fine.
valigetta: Uno strumento serve a qualcosa. Bisogna sapere a che cosa. # pose: valigetta convinto # prompt: Nella vostra azienda i social hanno un obiettivo preciso, o ci siete perché ci sono tutti?
* [Chiedere all’uomo con il cappotto che cosa ne pensa]
    cappotto: Ripensare tutto da zero è una bella frase. Ma da zero, con quali soldi? # pose: cappotto deluso
    valigetta: Il pensiero strategico non si compra. Costa fatica, non budget. # pose: valigetta aperto
* [Chiedere a quello con la valigetta da dove si comincia]
    valigetta: Dalla strategia. Prima si decide dove andare, poi si sceglie lo strumento. # pose: valigetta convinto
    cappotto: E se lo strumento era tutto quello che avevamo? # pose: cappotto deluso
- cappotto: Vedremo. Qualcosa mi dice che la festa sta per finire. # ending: strumenti: Strumenti, non soluzioni
-> END
