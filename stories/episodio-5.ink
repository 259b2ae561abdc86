# title: Se \#internethavinto, le persone devono tornare al centro
# episode: 5
# time: @04:00 p.m.
# summary: La puntata 5 come la annuncia il saggio: le aziende imparano dai loro errori, Facebook non è obbligatorio, si ricomincia con obiettivi concreti e le persone al centro.

// Episodio 5: la puntata successiva, così come la annuncia l'episodio 4 del saggio.
// Il testo dell'autore è in shared/teaser.ink; qui ci sono solo i due personaggi che reagiscono.

INCLUDE shared/teaser.ink

-> puntata_5

=== puntata_5 ===
-> teaser(false) ->
valigetta: Le quattro. Eccoci di nuovo. # enter: cappotto, valigetta # pose: valigetta aperto # note: Le frasi dell’autore, poi i personaggi. Chiedete alla sala da quale errore ripartirebbe.
cappotto: Facebook non è obbligatorio. Questa me la segno. # pose: cappotto aperto # prompt: Quale errore della vostra comunicazione non rifareste? E chi mettereste al centro domani?
* [Chiedere da dove si ricomincia]
    valigetta: Dagli errori. Li abbiamo fatti tutti: almeno adesso li conosciamo. # pose: valigetta convinto
* [Chiedere che cosa vuol dire «le persone al centro»]
    cappotto: Che il cliente torni a essere una persona, non un contatto. # pose: cappotto pensoso
- valigetta: Obiettivi concreti, e le persone al centro. Si ricomincia da capo. # ending: centro: Le persone al centro
-> END
