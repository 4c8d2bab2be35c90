// How imports/register.xlsx was made (ExcelJS 4, an independent writer): cd to an empty folder,
// `npm install exceljs@4`, then `node make-register-xlsx.js register.xlsx`.
// Writes the test register as Excel writes it: shared strings, styles with date formats,
// numbers as numbers, empty cells left out. Names carry {k}, replaced per test run.
const ExcelJS = require('exceljs');
(async () => {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Welcome Desk tests';
  const ws = wb.addWorksheet('Registo');
  ws.addRow(['first_name', 'last_name', 'sex', 'date_of_birth', 'country_of_birth', 'nationality', 'passport',
             'arrival_date', 'district', 'previous_country', 'phone']);
  const d = (y, m, day) => new Date(Date.UTC(y, m - 1, day));
  ws.addRow(['Hodan', 'Farah{k}', 'F', d(1992, 3, 4), 'SO', 'SO', 'X{k}1', d(2026, 5, 1), 'D02', 'SO', 612345678]);
  ws.addRow(['Girma', 'Alemu{k}', 'M', '1985', 'ET', null, 'X{k}2', d(2026, 6, 11), 'D03', 'SO', null]);
  ws.addRow(['Iryna, Maria', 'Bondarenko{k}', 'F', d(1981, 10, 12), 'UA', 'UA', null, d(2026, 4, 20), 'D12', 'SO', null]);
  ws.addRow(['Yaw', 'Boateng{k}', null, d(1977, 8, 9), 'GH', 'GH', null, d(2026, 4, 20), 'D01', 'SO', null]);
  ws.addRow(['Hodan', 'Farah{k}', 'F', d(1992, 3, 4), 'SO', 'SO', 'X{k}1', d(2026, 5, 1), 'D02', 'SO', 612345678]);
  ws.getColumn(4).numFmt = 'dd/mm/yyyy';
  ws.getColumn(8).numFmt = 'yyyy-mm-dd';
  ws.getCell('B3').value = { richText: [{ text: 'Ale' }, { font: { bold: true }, text: 'mu{k}' }] };
  ws.getCell('A1').note = 'exported from the old register';
  await wb.xlsx.writeFile(process.argv[2]);
})();
