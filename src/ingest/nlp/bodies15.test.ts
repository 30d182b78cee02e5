/**
 * Session 15, bodies15: companies and bodies covered by the world's conventions rather than by errors. Each probe is
 * invented wording with names from several regions, and failed on the extractor before its family was added.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './testing/probes.js';

const kinds = (text: string) => {
  const es = extract(text).entities;
  return { orgs: es.filter((e) => e.kind === 'organization').map((e) => e.name), people: es.filter((e) => e.kind === 'person').map((e) => e.name) };
};

test('a capitalised run before a legal form of any jurisdiction, with or without stops, is a company', () => {
  const { orgs, people } = kinds(`Port tender awarded
Koper, 4 March 2027

The contract went to Wierzba Trans Sp. z o.o., Brankov Logistika s.r.o., Havel Stroj a.s., Mlinar Kovač d.o.o., Halvorsen Rederi AS, Mohr Logistik KG and Kovalenko Agro OOO, officials said. Tanaka Shoji K.K., Osorio Pesca S.A. de C.V., Delacroix Frères S.A.S., Rossi Trasporti S.r.l., Al Marzouqi Trading L.L.C. and Karimov Invest TOO also bid, the ministry said. Ragnarsson ehf. and Almeida Pescas SGPS joined later.`);
  for (const n of ['Wierzba Trans Sp. z o.o.', 'Brankov Logistika s.r.o.', 'Havel Stroj a.s.', 'Mlinar Kovač d.o.o.', 'Halvorsen Rederi AS', 'Mohr Logistik KG', 'Kovalenko Agro OOO', 'Tanaka Shoji K.K.', 'Osorio Pesca S.A. de C.V.', 'Delacroix Frères S.A.S.', 'Rossi Trasporti S.r.l.', 'Al Marzouqi Trading L.L.C.', 'Karimov Invest TOO', 'Ragnarsson ehf', 'Almeida Pescas SGPS']) assert.ok(orgs.includes(n), `${n}: ${orgs.join(' | ')}`);
  for (const n of ['Wierzba Trans Sp', 'Brankov Logistika', 'Mlinar Kovač']) assert.ok(!people.includes(n), people.join(' | '));
});

test('a surname followed by the trade a register files a firm under ("Terminals", "Seafoods", "Leasing", "Consultants") is a company, no person', () => {
  const { orgs, people } = kinds(`Port contract signed
Mombasa, 4 March 2027

Otieno Terminals won the contract, and Kamau Trading lost it. Baraka Seafoods said the catch was down. Nkosi Construction, Mensah Engineering, Haidari Investments and Okafor Associates also bid. Rahimov Cargo and Phiri Contractors complained, and Ochieng Consultants said the rules were unfair, as did Lungu Travel. Mwale Leasing said nothing, and Nguyen Seafoods and Kiprop Stevedoring were fined.`);
  for (const n of ['Otieno Terminals', 'Kamau Trading', 'Baraka Seafoods', 'Nkosi Construction', 'Mensah Engineering', 'Haidari Investments', 'Okafor Associates', 'Rahimov Cargo', 'Phiri Contractors', 'Ochieng Consultants', 'Lungu Travel', 'Mwale Leasing', 'Nguyen Seafoods', 'Kiprop Stevedoring']) assert.ok(orgs.includes(n), `${n}: ${orgs.join(' | ')}`);
  for (const n of ['Baraka Seafoods', 'Ochieng Consultants', 'Lungu Travel', 'Mwale Leasing', 'Nguyen Seafoods']) assert.ok(!people.includes(n), people.join(' | '));
});

test('a body named with its own language\'s head, before the name ("Fundasaun", "Yayasan", "Jumuiya", "Udruga") or after it ("Vakfı", "Stiftung", "Samiti", "Nigam"), is an organisation', () => {
  const { orgs, people } = kinds(`Aid groups warn of shortages
Dili, 4 March 2027

Fundasaun Mahein said the stocks were low. Yayasan Sinar Harapan and Koperasi Nelayan Bahari said they would help. In Ankara, Karadeniz Balıkçılar Derneği and Ege Liman İşletmeleri Şirketi protested. Ostsee Stiftung said nothing. Jumuiya Wavuvi Pwani and Kampuni Bahari Mombasa went to court. Udruga Ribara Jadran and Asociația Pescarilor Constanța joined them. Kerala Matsya Samiti and Gujarat Salt Nigam complained.`);
  for (const n of ['Fundasaun Mahein', 'Yayasan Sinar Harapan', 'Koperasi Nelayan Bahari', 'Karadeniz Balıkçılar Derneği', 'Ege Liman İşletmeleri Şirketi', 'Ostsee Stiftung', 'Jumuiya Wavuvi Pwani', 'Kampuni Bahari Mombasa', 'Udruga Ribara Jadran', 'Asociația Pescarilor Constanța', 'Kerala Matsya Samiti', 'Gujarat Salt Nigam']) assert.ok(orgs.includes(n), `${n}: ${orgs.join(' | ')}`);
  for (const n of ['Fundasaun Mahein', 'Koperasi Nelayan Bahari', 'Ostsee Stiftung']) assert.ok(!people.includes(n), people.join(' | '));
});

test('legal forms of Latin America, Africa, Greece, Thailand and the former Soviet states, after the name or (CV, UD, AS, SC, TOV) before it, make a company', () => {
  const { orgs, people } = kinds(`Fuel tender
Caracas, 4 March 2027

Petroandina C.A. and Aguas del Valle E.S.P. won the tender, while Minera Quispe S.A.A. and Inversiones Lempira S. de R.L. lost. Tassili Forage SPA, Ndiaye Négoce SUARL, Abay Tannery S.C. and Papadakis Shipping EPE also bid. Siam Ocean Freight PCL and Dnipro Agro TOV complained. CV Maju Jaya and UD Sumber Rejeki were fined. AS Tallinna Kala said it would appeal.`);
  for (const n of ['Petroandina C.A.', 'Aguas del Valle E.S.P.', 'Minera Quispe S.A.A.', 'Inversiones Lempira S. de R.L.', 'Tassili Forage SPA', 'Ndiaye Négoce SUARL', 'Abay Tannery S.C.', 'Papadakis Shipping EPE', 'Siam Ocean Freight PCL', 'Dnipro Agro TOV', 'CV Maju Jaya', 'UD Sumber Rejeki', 'AS Tallinna Kala']) assert.ok(orgs.includes(n), `${n}: ${orgs.join(' | ')}`);
  for (const n of ['Maju Jaya', 'Sumber Rejeki', 'Tallinna Kala', 'Ndiaye Négoce']) assert.ok(!people.includes(n), people.join(' | '));
});

test('a family firm named for brothers or sons in its own language ("Hermanos", "Irmãos", "Gebrüder", "Brødrene", "& Söhne") is a company, no person', () => {
  const { orgs, people } = kinds(`Fish traders fined
Vigo, 4 March 2027

Pérez Hermanos and Delacroix Frères were fined, and Silva Irmãos paid the most. Fratelli Bianchi and Gebrüder Haas appealed. Van Dijk Gebroeders and Hansen Brødrene stayed silent, and Müller & Söhne said nothing.`);
  for (const n of ['Pérez Hermanos', 'Delacroix Frères', 'Silva Irmãos', 'Fratelli Bianchi', 'Gebrüder Haas', 'Van Dijk Gebroeders', 'Hansen Brødrene', 'Müller & Söhne']) assert.ok(orgs.includes(n), `${n}: ${orgs.join(' | ')}`);
  for (const n of ['Silva Irmãos', 'Gebrüder Haas', 'Hansen Brødrene']) assert.ok(!people.includes(n), people.join(' | '));
});

test('a firm\'s head in romanised Japanese, Chinese, Korean or Hindi ("Kisen", "Kogyo", "Jituan", "Geonseol", "Udyog") makes a company, no person', () => {
  const { orgs, people } = kinds(`Cargo ship seized
Busan, 4 March 2027

The ship belongs to Mikura Kisen and was chartered by Haneda Kogyo, police said. Donghai Wuliu Jituan and Hanbit Geonseol denied any link. Shakti Udyog and Nakamura Suisan said they had bought the cargo, and Tosa Shimbun first reported the case.`);
  for (const n of ['Mikura Kisen', 'Haneda Kogyo', 'Donghai Wuliu Jituan', 'Hanbit Geonseol', 'Shakti Udyog', 'Nakamura Suisan', 'Tosa Shimbun']) assert.ok(orgs.includes(n), `${n}: ${orgs.join(' | ')}`);
  for (const n of ['Mikura Kisen', 'Haneda Kogyo', 'Nakamura Suisan']) assert.ok(!people.includes(n), people.join(' | '));
});
