/**
 * Session 16, given16: the given names of the world's languages with their sex, and the surname endings and middle
 * names that say a woman or a man, from what is known of each naming tradition, not from any set's errors. Every
 * probe is invented and failed before its family's change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, speakers } from './testing/probes.js';

const kinds = (text: string) => {
  const x = extract(text);
  return (name: string) => x.entities.find((e) => e.name === name)?.kind;
};

test('a name that opens with a given name of West Africa or South Asia is a person, not a body ("the police\'s Kwabena Asante", "the ship\'s owner, Chidinma Okafor", "a statement from Rafiqul Islam")', () => {
  const a = kinds(`Checkpoint dispute
Accra, 4 March 2027

Drivers waited for hours. The police's Kwabena Asante said the checkpoint would stay. The army's Oluwaseun Bamidele said nothing.`);
  assert.equal(a('Kwabena Asante'), 'person');
  assert.equal(a('Oluwaseun Bamidele'), 'person');
  const b = kinds(`Vessel held
Mombasa, 4 March 2027

The vessel was detained on Monday. The ship's owner, Chidinma Okafor, said the papers were in order. One of the firms, Nordhaven, said nothing.`);
  assert.equal(b('Chidinma Okafor'), 'person');
  assert.equal(b('Nordhaven'), 'organization');
  const c = kinds(`Flood relief
Dhaka, 4 March 2027

Volunteers arrived on Tuesday. Speaking for Tahmina Akter, her lawyer said the boats were full. A statement from Rafiqul Islam said the same.`);
  assert.equal(c('Tahmina Akter'), 'person');
  assert.equal(c('Rafiqul Islam'), 'person');
});

test('a given name alone that opens its sentence before "who" is a person ("Chukwuemeka, who guards the gate")', () => {
  const k = kinds(`Market fire
Kumasi, 4 March 2027

Traders counted their losses. Chukwuemeka, who guards the gate, said nothing. Akua, whose stall burned, wept.`);
  assert.equal(k('Chukwuemeka'), 'person');
  assert.equal(k('Akua'), 'person');
});

test('a "she" or a "he" chooses between a woman and a man by the sex of a given name of Nigeria, Kazakhstan or Japan', () => {
  const cases: [string, string, string, string, string][] = [
    [`Depot strike enters second week
Lagos, 4 March 2027

Babatunde Okafor, a driver, met Chiamaka Nwosu, a trader, at the depot on Monday. She said the buses had not come for six days. He said the union would meet on Friday.`, 'buses had not come', 'Chiamaka Nwosu', 'union would meet', 'Babatunde Okafor'],
    [`Water cuts anger residents
Almaty, 4 March 2027

Dinara Seitkali, a teacher, and Yerlan Abenov, an engineer, queued at the pump. He said the pipes were older than the city. She said the school had closed its kitchen.`, 'pipes were older', 'Yerlan Abenov', 'closed its kitchen', 'Dinara Seitkali'],
    [`Rail works
Osaka, 4 March 2027

Takeshi Yamada, an engineer, and Michiko Sato, a commuter, spoke to reporters. She said the trains were late every day. He said the works would end in May.`, 'trains were late', 'Michiko Sato', 'works would end', 'Takeshi Yamada'],
  ];
  for (const [text, f1, s1, f2, s2] of cases) {
    const sp = speakers(extract(text));
    assert.equal(sp(f1), s1, text.split('\n')[0]);
    assert.equal(sp(f2), s2, text.split('\n')[0]);
  }
});

test('a surname ending (Lithuanian -ienė, Czech -ová, Greek -ou and -is, Slavic -ov and -ski) or a Vietnamese middle name (Thị, Văn) says the sex where the given name does not', () => {
  const cases: [string, string, string, string, string][] = [
    [`School heating
Vilnius, 4 March 2027

Dalė Kazlauskienė, a teacher, met Vanja Sokolov, a driver, on Monday. She said the school had been cold for a week. He said the buses had not arrived.`, 'school had been cold', 'Dalė Kazlauskienė', 'buses had not arrived', 'Vanja Sokolov'],
    [`Ferry cancelled
Piraeus, 4 March 2027

Stathis Georgiadis, a lawyer, spoke before Ourania Kyriakou, a teacher. She said the ferry had been cancelled twice. He said the crew had not been paid.`, 'cancelled twice', 'Ourania Kyriakou', 'not been paid', 'Stathis Georgiadis'],
    [`Clinic short of nurses
Brno, 4 March 2027

Saša Horáková, a nurse, and Radim Kovalevski, a doctor, wrote to the ministry. He said the clinic could not open at night. She said three nurses had left in a month.`, 'three nurses had left', 'Saša Horáková', 'could not open at night', 'Radim Kovalevski'],
    [`Harvest falls short
Hanoi, 4 March 2027

Nguyễn Thị Hương, a farmer, spoke after Trần Văn Bình, the village chief. She said the rice had drowned in the floods. He said the district would pay for seed.`, 'rice had drowned', 'Nguyễn Thị Hương', 'pay for seed', 'Trần Văn Bình'],
  ];
  for (const [text, f1, s1, f2, s2] of cases) {
    const sp = speakers(extract(text));
    assert.equal(sp(f1), s1, text.split('\n')[0]);
    assert.equal(sp(f2), s2, text.split('\n')[0]);
  }
});

test('names that open with an Irish, Welsh, Hebrew, Haitian or Afghan given name are people, not bodies ("the police\'s Tadhg Ó Súilleabháin", "the army\'s Gethin Pritchard", "Speaking for Farkhunda Rahimi")', () => {
  const cases: [string, string[]][] = [
    [`Ferry row
Galway, 4 March 2027

The ferry was late again. The council's Caoimhe Ní Bhriain said the pier was unsafe. The police's Tadhg Ó Súilleabháin said nothing.`, ['Caoimhe Ní Bhriain', 'Tadhg Ó Súilleabháin']],
    [`Court date
Jerusalem, 4 March 2027

The hearing was put off. The police's Itamar Ben-Haim said the file was ready. A statement from Ayelet Shaked-Levi said the same.`, ['Itamar Ben-Haim', 'Ayelet Shaked-Levi']],
    [`Water row
Cardiff, 4 March 2027

The reservoir was low. The army's Gethin Pritchard said the pipes had burst.`, ['Gethin Pritchard']],
    [`Clinic row
Port-au-Prince, 4 March 2027

The clinic was closed. The police's Fritznel Pierre said the road was blocked. A statement from Mirlande Joseph said the same.`, ['Fritznel Pierre', 'Mirlande Joseph']],
    [`Strike
Kabul, 4 March 2027

Shops were shut. The army's Zabihullah Ahmadzai said the road was closed. Speaking for Farkhunda Rahimi, her lawyer said nothing.`, ['Zabihullah Ahmadzai', 'Farkhunda Rahimi']],
  ];
  for (const [text, names] of cases) {
    const k = kinds(text);
    for (const n of names) assert.equal(k(n), 'person', `${text.split('\n')[0]}: ${n}`);
  }
});

test('a "she" or a "he" chooses by an Oromo, South Sudanese, Tibetan or Uyghur given name', () => {
  const cases: [string, string, string, string, string][] = [
    [`Coffee prices
Jimma, 4 March 2027

Gemechu Abdisa, a farmer, met Chaltu Tolera, a trader, at the market. She said the price had halved. He said the rains had come late.`, 'price had halved', 'Chaltu Tolera', 'rains had come late', 'Gemechu Abdisa'],
    [`Cattle raid
Bor, 4 March 2027

Kuol Akol, a herder, and Nyandeng Majok, a teacher, spoke to the commissioner. She said the school had emptied. He said forty cattle were taken.`, 'school had emptied', 'Nyandeng Majok', 'forty cattle', 'Kuol Akol'],
    [`Exile
Dharamsala, 4 March 2027

Dolma Tsering, a nurse, and Lobsang Norbu, a monk, spoke at the meeting. He said the border was closed. She said her family had no news.`, 'border was closed', 'Lobsang Norbu', 'family had no news', 'Dolma Tsering'],
    [`Camps
Almaty, 4 March 2027

Erkin Memet, a teacher, and Mihrigul Tursun, a nurse, spoke to reporters. She said her brother was held. He said the letters had stopped.`, 'brother was held', 'Mihrigul Tursun', 'letters had stopped', 'Erkin Memet'],
  ];
  for (const [text, f1, s1, f2, s2] of cases) {
    const sp = speakers(extract(text));
    assert.equal(sp(f1), s1, text.split('\n')[0]);
    assert.equal(sp(f2), s2, text.split('\n')[0]);
  }
});

test('a "she" or a "he" chooses by an Aymara, Quechua or Mapuche given name', () => {
  const cases: [string, string, string, string, string][] = [
    [`Quinoa prices
El Alto, 4 March 2027

Amaru Condori, a farmer, met Nayra Quispe, a trader, at the market. She said the price had halved. He said the frost had come early.`, 'price had halved', 'Nayra Quispe', 'frost had come early', 'Amaru Condori'],
    [`Forest fires
Temuco, 4 March 2027

Rayén Huenchumilla, a teacher, and Sayri Painemal, a driver, spoke to the mayor. He said the road was cut. She said the school had burned.`, 'road was cut', 'Sayri Painemal', 'school had burned', 'Rayén Huenchumilla'],
  ];
  for (const [text, f1, s1, f2, s2] of cases) {
    const sp = speakers(extract(text));
    assert.equal(sp(f1), s1, text.split('\n')[0]);
    assert.equal(sp(f2), s2, text.split('\n')[0]);
  }
});

test('a "she" or a "he" chooses by an Indian or South African given name that is a woman\'s or a man\'s, not given to both', () => {
  const cases: [string, string, string, string, string][] = [
    [`Ward closures
Kochi, 4 March 2027

Ravi Menon, a nurse, met Smriti Nair, a doctor, at the gate. She said the ward had closed on Sunday. He said the patients were moved.`, 'ward had closed', 'Smriti Nair', 'patients were moved', 'Ravi Menon'],
    [`Taxi rank
Durban, 4 March 2027

Thabo Zulu, a driver, and Jihan Patel, a trader, spoke to the council. He said the rank had no roof. She said the fares had doubled.`, 'rank had no roof', 'Thabo Zulu', 'fares had doubled', 'Jihan Patel'],
  ];
  for (const [text, f1, s1, f2, s2] of cases) {
    const sp = speakers(extract(text));
    assert.equal(sp(f1), s1, text.split('\n')[0]);
    assert.equal(sp(f2), s2, text.split('\n')[0]);
  }
});
