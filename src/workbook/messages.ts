// Every Vietnamese text of the workbook layer: problem messages and the labels of the sheets it writes.

/** 8.5 → '8,5' (Vietnamese decimal comma). */
export function vnNumber(n: number): string {
  return String(n).replace('.', ',');
}

function q(text: string): string {
  return `«${text}»`;
}

export const MSG = {
  formulaError: (error: string) => `công thức lỗi ${error}`,
  invisibleInCode: (visible: string, codePoint: number) =>
    `mã “${visible}” có ký tự ẩn U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} (thường do sao chép từ web hay Word): hãy gõ lại mã này`,
  codeHasSpace: (code: string) =>
    `mã “${code}” có dấu cách; mã được dùng trong tên trang tính (Chấm {đợt} {thành viên}): hãy bỏ dấu cách, ví dụ “${code.replace(/\s+/g, '')}”`,
  codeBadChar: (code: string, ch: string) => `mã “${code}” có ký tự “${ch}” không được dùng trong tên trang tính: hãy bỏ ký tự này`,
  codeTooLong: (code: string, max: number) =>
    `mã “${code}” dài quá ${max} ký tự: tên trang tính “Chấm TT {đợt} {thành viên}” sẽ vượt 31 ký tự Excel cho phép — hãy dùng mã ngắn hơn`,
  sheetLooksLikeCard: (sheet: string) =>
    `tên trang tính “${sheet}” bắt đầu như một phiếu chấm nhưng không đúng mẫu “Chấm {mã đợt} {mã thành viên}” hoặc “Chấm TT {mã đợt} {mã thành viên}”: hãy đổi tên cho đúng mẫu (hoặc bỏ chữ “Chấm” ở đầu nếu đây không phải phiếu chấm)`,
  sheetLooksLikeVote: (sheet: string) =>
    `tên trang tính “${sheet}” bắt đầu như một phiếu biểu quyết nhưng không đúng mẫu “Phiếu {mã đợt}”: hãy đổi tên cho đúng mẫu (hoặc bỏ chữ “Phiếu” ở đầu nếu đây không phải phiếu biểu quyết)`,
  noStaffLinkColumn:
    'không có cột “Mã CB”: không biết thành viên nào là cán bộ nào, nên điểm tự chấm của thành viên không được loại ra — hãy thêm cột “Mã CB” (để trống nếu thành viên không phải cán bộ của trường)',
  unreadableCell: (stored: string) => `ô này được lưu sai trong tệp (${stored}) — hãy nhập lại ô rồi lưu tệp bằng Excel hoặc LibreOffice`,
  uncalculatedFormula: 'công thức chưa được tính — hãy mở và lưu lại tệp bằng Excel hoặc LibreOffice',
  notNumber: (text: string) => `${q(text)} không phải là số`,
  notInteger: (n: number) => `${vnNumber(n)} không phải là số nguyên`,
  notBoolean: (text: string) => `${q(text)} không hợp lệ: ghi Có hoặc Không`,
  notDate: (text: string) => `${q(text)} không phải là ngày (dd/mm/yyyy)`,
  notChoice: (text: string, choices: readonly string[]) => `${q(text)} không hợp lệ: chọn một trong ${choices.join(', ')}`,
  belowMin: (value: number, min: number) => `${vnNumber(value)} nhỏ hơn mức tối thiểu ${vnNumber(min)}`,
  aboveMax: (value: number, max: number) => `${vnNumber(value)} lớn hơn mức tối đa ${vnNumber(max)}`,

  emptyWorkbook: 'bảng tính không có sheet nào',
  readFailed: (detail: string) => `không đọc được bảng tính: ${detail}`,
  missingSheet: (sheet: string) => `thiếu sheet ${q(sheet)}`,
  unreadableSheet: (sheet: string, why: string) =>
    `trang tính “${sheet}” có trong tệp nhưng không đọc được (${why}): hãy mở tệp bằng Excel hoặc LibreOffice, sửa hoặc nhập lại trang này rồi lưu lại`,
  numberTooLarge: (n: number) => `số ${String(n)} quá lớn để tính điểm (kết quả sẽ vô nghĩa): hãy nhập một số nhỏ hơn`,
  missingColumn: (header: string) => `thiếu cột ${q(header)}`,
  headerOverwritten: (header: string, sheet: string, expected: string) =>
    `tiêu đề “${header}” không phải cột nào của trang tính “${sheet}”, và trang tính không có cột “${expected}” vốn ở vị trí này: dữ liệu cột này bị bỏ qua. Hãy sửa lại tiêu đề thành “${expected}” (hoặc đổi tiêu đề cho đúng cột mình muốn)`,
  unknownHeader: (header: string, sheet: string) =>
    `tiêu đề “${header}” không phải cột nào của trang tính “${sheet}”; dữ liệu cột này bị bỏ qua. Hãy sửa lại tiêu đề cho đúng tên cột, hoặc ghi một tiêu đề bằng chữ (ví dụ “Ghi chú”) nếu đây là cột ghi thêm`,
  duplicateColumn: (header: string, first: string) => `cột ${q(header)} lặp lại (đã có ở ô ${first}): bỏ qua cột này`,
  duplicateSheet: (sheet: string, other: string) => `sheet ${q(sheet)} trùng tên với sheet ${q(other)}: bỏ qua`,
  missingCell: (header: string) => `thiếu ${header}: bỏ qua dòng này`,
  duplicateCode: (header: string, code: string, firstRow: number) => `${header} ${q(code)} trùng với dòng ${firstRow}: bỏ qua dòng này`,

  unknownParam: (name: string) => `tham số ${q(name)} không được dùng`,
  staffWithoutUnit: 'cán bộ chưa có Mã đơn vị: bỏ qua dòng này',
  unknownUnit: (code: string) => `không có đơn vị ${q(code)} trong sheet Đơn vị`,
  unknownStaff: (code: string) => `không có cán bộ ${q(code)} trong sheet Cán bộ`,
  unknownParticipant: (code: string) => `không có cán bộ hay đơn vị ${q(code)} (sheet Cán bộ, Đơn vị)`,
  unknownPhase: (code: string) => `không có đợt ${q(code)} trong sheet Đợt thi đua`,
  unknownCriterion: (code: string) => `không có tiêu chí ${q(code)} trong sheet Tiêu chí`,
  unknownMember: (code: string) => `không có thành viên ${q(code)} trong sheet Hội đồng`,
  unknownCatalog: (code: string) => `không có ${q(code)} trong sheet Danh mục`,
  unknownAward: (code: string, phase: string) => `không có khen thưởng ${q(code)} của đợt ${phase} trong sheet Khen thưởng`,
  noCatalog: 'không có sheet Danh mục: không kiểm tra được mã danh mục',

  fromAfterTo: (from: string, to: string) => `Từ ngày ${from} sau Đến ngày ${to}`,
  weightNotPositive: (weight: number) => `trọng số ${vnNumber(weight)} phải lớn hơn 0: bỏ qua tiêu chí này`,
  maxNotAboveMin: (max: number, min: number) =>
    `điểm tối đa ${vnNumber(max)} phải lớn hơn điểm tối thiểu ${vnNumber(min)}: bỏ qua tiêu chí này`,
  yearWeightNegative: (weight: number) => `trọng số cả năm ${vnNumber(weight)} không được âm: dùng 1`,
  bandsNotDescending: (name: string, from: number, prevName: string, prevFrom: number) =>
    `các mức xếp loại phải theo điểm giảm dần: ${q(name)} (${vnNumber(from)}) đứng sau ${q(prevName)} (${vnNumber(prevFrom)})`,
  bandSameFrom: (name: string, other: string, from: number) => `mức ${q(name)} có cùng Điểm từ ${vnNumber(from)} với mức ${q(other)}`,
  unknownDiscipline: (text: string) => `${q(text)} không phải một mức kỷ luật: coi như nặng hơn mọi mức`,

  cardUnknownPhase: (phase: string) => `phiếu chấm của đợt ${q(phase)} không có trong sheet Đợt thi đua: bỏ qua sheet này`,
  cardUnknownMember: (member: string) => `phiếu chấm của thành viên ${q(member)} không có trong sheet Hội đồng: bỏ qua sheet này`,
  cardUnknownColumn: (header: string) => `cột ${q(header)} không phải mã tiêu chí trong sheet Tiêu chí: bỏ qua cột này`,
  cardWrongKind: (code: string, kind: string) => `tiêu chí ${q(code)} dành cho ${kind}, không chấm trên phiếu này: bỏ qua cột này`,
  cardNotInPhase: (code: string, phase: string) => `tiêu chí ${q(code)} không áp dụng cho đợt ${phase}: bỏ qua cột này`,
  cardUnknownRow: (code: string, kind: 'staff' | 'unit') =>
    kind === 'staff'
      ? `không có cán bộ ${q(code)} trong sheet Cán bộ: bỏ qua dòng này`
      : `không có đơn vị ${q(code)} trong sheet Đơn vị: bỏ qua dòng này`,
  duplicateRow: (code: string, firstRow: number) => `${q(code)} đã có ở dòng ${firstRow}: bỏ qua dòng này`,
  markNotNumber: (text: string) => `điểm ${q(text)} không phải là số: không tính`,

  voteUnknownPhase: (phase: string) => `phiếu biểu quyết của đợt ${q(phase)} không có trong sheet Đợt thi đua: bỏ qua sheet này`,
  voteUnknownColumn: (header: string) => `cột ${q(header)} không phải mã thành viên trong sheet Hội đồng: bỏ qua cột này`,
  voteUnknownRow: (code: string) => `không có cán bộ hay đơn vị ${q(code)}: bỏ qua dòng này`,
  voteUnknownAward: (code: string, phase: string) => `không có khen thưởng ${q(code)} của đợt ${phase}: bỏ qua dòng này`,
  voteInvalid: (text: string) => `${q(text)} không hợp lệ: ghi Đ (đồng ý), K (không đồng ý) hoặc để trống`,
  duplicateVote: (code: string, award: string, firstRow: number) =>
    `phiếu cho ${q(code)} – ${q(award)} đã có ở dòng ${firstRow}: bỏ qua dòng này`,

  unknownPhaseToTally: (phase: string) => `không có đợt ${q(phase)} trong sheet Đợt thi đua`,
  engineFailed: (detail: string) => `lỗi khi tính kết quả: ${detail}`,
  fairnessFailed: (detail: string) =>
    `Không tính được thống kê chấm điểm của Hội đồng (${detail}); kết quả khen thưởng không bị ảnh hưởng. Hãy báo lỗi này cho người hỗ trợ kèm tệp dữ liệu.`,
};
