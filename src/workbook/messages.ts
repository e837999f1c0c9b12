// Every Vietnamese text of the workbook layer: problem messages and the labels of the sheets it writes. A problem
// is shown after its cell (`Cán bộ!F7: …`); each says what is wrong and what to do (“Hãy …”).
import { SHEET } from '../core/sheet-names';

/** 8.5 → '8,5' (Vietnamese decimal comma). */
export function vnNumber(n: number): string {
  return String(n).replace('.', ',');
}

/** A value or a name quoted as Vietnamese text quotes it. */
function q(text: string): string {
  return `“${text}”`;
}

/** `trang tính “Cán bộ”` */
function sheet(name: string): string {
  return `trang tính ${q(name)}`;
}

export const MSG = {
  formulaError: (error: string) => `công thức lỗi ${error}: hãy sửa công thức (hoặc nhập thẳng giá trị) ở ô này`,
  invisibleInCode: (visible: string, codePoint: number) =>
    `mã “${visible}” có ký tự ẩn U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} (thường do sao chép từ web hay Word): hãy gõ lại mã này`,
  codeHasSpace: (code: string) =>
    `mã “${code}” có dấu cách; mã được dùng trong tên trang tính (Chấm {đợt} {thành viên}): hãy bỏ dấu cách, ví dụ “${code.replace(/\s+/g, '')}”`,
  codeBadChar: (code: string, ch: string) => `mã “${code}” có ký tự “${ch}” không được dùng trong tên trang tính: hãy bỏ ký tự này`,
  codeTooLong: (code: string, max: number) =>
    `mã “${code}” dài quá ${max} ký tự: tên trang tính “Chấm TT {đợt} {thành viên}” sẽ vượt 31 ký tự Excel cho phép — hãy dùng mã ngắn hơn`,
  sheetLooksLikeCard: (name: string) =>
    `tên trang tính “${name}” bắt đầu như một phiếu chấm nhưng không đúng mẫu “Chấm {mã đợt} {mã thành viên}” hoặc “Chấm TT {mã đợt} {mã thành viên}”: hãy đổi tên cho đúng mẫu (hoặc bỏ chữ “Chấm” ở đầu nếu đây không phải phiếu chấm)`,
  sheetLooksLikeVote: (name: string) =>
    `tên trang tính “${name}” bắt đầu như một phiếu biểu quyết nhưng không đúng mẫu “Phiếu {mã đợt}”: hãy đổi tên cho đúng mẫu (hoặc bỏ chữ “Phiếu” ở đầu nếu đây không phải phiếu biểu quyết)`,
  noStaffLinkColumn:
    'không có cột “Mã CB”: không biết thành viên nào là cán bộ nào, nên điểm tự chấm của thành viên không được loại ra — hãy thêm cột “Mã CB” (để trống nếu thành viên không phải cán bộ của trường)',
  unreadableCell: (stored: string) => `ô này được lưu sai trong tệp (${stored}) — hãy nhập lại ô rồi lưu tệp bằng Excel hoặc LibreOffice`,
  uncalculatedFormula: 'công thức chưa được tính — hãy mở và lưu lại tệp bằng Excel hoặc LibreOffice',
  notNumber: (text: string) => `${q(text)} không phải là số: hãy nhập một số, ví dụ 8 hoặc 8,5`,
  notInteger: (n: number) => `${vnNumber(n)} không phải là số nguyên: hãy nhập một số nguyên, ví dụ ${Math.round(n)}`,
  notBoolean: (text: string) => `${q(text)} không hợp lệ: hãy ghi Có hoặc Không`,
  notDate: (text: string) => `${q(text)} không phải là ngày: hãy nhập ngày dạng dd/mm/yyyy, ví dụ 05/09/2025`,
  notChoice: (text: string, choices: readonly string[]) => `${q(text)} không hợp lệ: hãy chọn một trong ${choices.join(', ')}`,
  belowMin: (value: number, min: number) =>
    `${vnNumber(value)} nhỏ hơn mức tối thiểu ${vnNumber(min)}: hãy nhập một số từ ${vnNumber(min)} trở lên`,
  aboveMax: (value: number, max: number) =>
    `${vnNumber(value)} lớn hơn mức tối đa ${vnNumber(max)}: hãy nhập một số không quá ${vnNumber(max)}`,

  emptyWorkbook: 'bảng tính không có trang tính nào: hãy mở đúng tệp dữ liệu thi đua, hoặc tạo bảng tính từ mẫu',
  readFailed: (detail: string) => `không đọc được bảng tính (${detail}): hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi thử lại`,
  missingSheet: (name: string) => `thiếu ${sheet(name)}: hãy thêm trang tính này (có thể chép từ tệp mẫu)`,
  unreadableSheet: (name: string, why: string) =>
    `trang tính “${name}” có trong tệp nhưng không đọc được (${why}): hãy mở tệp bằng Excel hoặc LibreOffice, sửa hoặc nhập lại trang này rồi lưu lại`,
  numberTooLarge: (n: number) => `số ${String(n)} quá lớn để tính điểm (kết quả sẽ vô nghĩa): hãy nhập một số nhỏ hơn`,
  missingColumn: (header: string) => `thiếu cột ${q(header)}: hãy thêm cột này vào dòng tiêu đề (dòng 1)`,
  headerOverwritten: (header: string, name: string, expected: string) =>
    `tiêu đề “${header}” không phải cột nào của ${sheet(name)}, và trang tính không có cột “${expected}” vốn ở vị trí này: dữ liệu cột này bị bỏ qua. Hãy sửa lại tiêu đề thành “${expected}” (hoặc đổi tiêu đề cho đúng cột mình muốn)`,
  unknownHeader: (header: string, name: string) =>
    `tiêu đề “${header}” không phải cột nào của ${sheet(name)}; dữ liệu cột này bị bỏ qua. Hãy sửa lại tiêu đề cho đúng tên cột, hoặc ghi một tiêu đề bằng chữ (ví dụ “Ghi chú”) nếu đây là cột ghi thêm`,
  duplicateColumn: (header: string, first: string) =>
    `cột ${q(header)} lặp lại (đã có ở ô ${first}): cột này bị bỏ qua. Hãy xóa cột thừa hoặc đổi tiêu đề của nó`,
  duplicateSheet: (name: string, other: string) =>
    `${sheet(name)} trùng tên với ${sheet(other)}: trang tính này bị bỏ qua. Hãy đổi tên hoặc xóa một trong hai trang tính`,
  missingCell: (header: string) => `thiếu ${header}: dòng này bị bỏ qua. Hãy điền ${header}`,
  duplicateCode: (header: string, code: string, firstRow: number) =>
    `${header} ${q(code)} trùng với dòng ${firstRow}: dòng này bị bỏ qua. Hãy sửa mã cho khác, hoặc xóa dòng thừa`,

  unknownParam: (name: string) =>
    `tham số ${q(name)} không được dùng: hãy sửa tên tham số cho đúng cột “Tham số” của mẫu, hoặc xóa dòng này`,
  staffWithoutUnit: `cán bộ chưa có Mã đơn vị: dòng này bị bỏ qua. Hãy điền mã một đơn vị của ${sheet(SHEET.units)}`,
  unknownUnit: (code: string) =>
    `không có đơn vị ${q(code)} trong ${sheet(SHEET.units)}: hãy sửa mã, hoặc thêm đơn vị này vào ${sheet(SHEET.units)}`,
  unknownStaff: (code: string) =>
    `không có cán bộ ${q(code)} trong ${sheet(SHEET.staff)}: hãy sửa Mã CB, hoặc để trống nếu thành viên không phải cán bộ của trường`,
  unknownParticipant: (code: string) =>
    `không có cán bộ hay đơn vị ${q(code)} (${sheet(SHEET.staff)}, ${sheet(SHEET.units)}): hãy sửa mã cho đúng Mã CB hoặc Mã đơn vị`,
  unknownPhase: (code: string) =>
    `không có đợt ${q(code)} trong ${sheet(SHEET.phases)}: hãy sửa mã đợt, hoặc thêm đợt này vào ${sheet(SHEET.phases)}`,
  unknownCatalog: (code: string) =>
    `không có ${q(code)} trong ${sheet(SHEET.catalog)}: hãy sửa mã, hoặc thêm mã này vào ${sheet(SHEET.catalog)}`,
  unknownAward: (code: string, phase: string) =>
    `không có khen thưởng ${q(code)} của đợt ${phase} trong ${sheet(SHEET.awards)}: hãy sửa mã cho đúng một Mã khen thưởng của đợt ${phase}`,
  noCatalog: `không có ${sheet(SHEET.catalog)}: không kiểm tra được mã danh mục. Hãy thêm ${sheet(SHEET.catalog)} (có thể chép từ tệp mẫu)`,

  fromAfterTo: (from: string, to: string) => `Từ ngày ${from} sau Đến ngày ${to}: hãy sửa lại một trong hai ngày`,
  weightNotPositive: (weight: number) =>
    `trọng số ${vnNumber(weight)} phải lớn hơn 0: tiêu chí này bị bỏ qua. Hãy nhập trọng số lớn hơn 0 (để trống: 1)`,
  maxNotAboveMin: (max: number, min: number) =>
    `điểm tối đa ${vnNumber(max)} phải lớn hơn điểm tối thiểu ${vnNumber(min)}: tiêu chí này bị bỏ qua. Hãy sửa Điểm tối đa hoặc Điểm tối thiểu`,
  bandsNotDescending: (name: string, from: number, prevName: string, prevFrom: number) =>
    `các mức xếp loại phải theo điểm giảm dần: ${q(name)} (${vnNumber(from)}) đứng sau ${q(prevName)} (${vnNumber(prevFrom)}). Hãy sắp lại các dòng, mức điểm cao nhất trước`,
  bandSameFrom: (name: string, other: string, from: number) =>
    `mức ${q(name)} có cùng Điểm từ ${vnNumber(from)} với mức ${q(other)}: hãy sửa Điểm từ của một trong hai mức`,
  unknownDiscipline: (text: string) =>
    `${q(text)} không phải một mức kỷ luật: coi như nặng hơn mọi mức. Hãy chọn một trong Khiển trách, Cảnh cáo, Hạ bậc lương, Giáng chức, Cách chức, Buộc thôi việc, hoặc để trống`,

  cardUnknownPhase: (phase: string) =>
    `phiếu chấm của đợt ${q(phase)} không có trong ${sheet(SHEET.phases)}: trang tính này bị bỏ qua. Hãy sửa mã đợt trong tên trang tính`,
  cardUnknownMember: (member: string) =>
    `phiếu chấm của thành viên ${q(member)} không có trong ${sheet(SHEET.members)}: trang tính này bị bỏ qua. Hãy sửa mã thành viên trong tên trang tính`,
  cardUnknownColumn: (header: string) =>
    `cột ${q(header)} không phải mã tiêu chí trong ${sheet(SHEET.criteria)}: cột này bị bỏ qua. Hãy sửa tiêu đề cho đúng Mã tiêu chí`,
  cardWrongKind: (code: string, kind: string) =>
    `tiêu chí ${q(code)} dành cho ${kind}, không chấm trên phiếu này: cột này bị bỏ qua. Hãy chuyển cột sang phiếu chấm ${kind}`,
  cardNotInPhase: (code: string, phase: string) =>
    `tiêu chí ${q(code)} không áp dụng cho đợt ${phase}: cột này bị bỏ qua. Hãy xóa cột, hoặc thêm ${phase} vào “Đợt áp dụng” của tiêu chí`,
  cardUnknownRow: (code: string, kind: 'staff' | 'unit') =>
    kind === 'staff'
      ? `không có cán bộ ${q(code)} trong ${sheet(SHEET.staff)}: dòng này bị bỏ qua. Hãy sửa Mã CB`
      : `không có đơn vị ${q(code)} trong ${sheet(SHEET.units)}: dòng này bị bỏ qua. Hãy sửa Mã đơn vị`,
  duplicateRow: (code: string, firstRow: number) => `${q(code)} đã có ở dòng ${firstRow}: dòng này bị bỏ qua. Hãy xóa dòng thừa`,
  markNotNumber: (text: string) => `điểm ${q(text)} không phải là số: không tính. Hãy nhập điểm bằng số, ví dụ 8 hoặc 8,5`,

  voteUnknownPhase: (phase: string) =>
    `phiếu biểu quyết của đợt ${q(phase)} không có trong ${sheet(SHEET.phases)}: trang tính này bị bỏ qua. Hãy sửa mã đợt trong tên trang tính`,
  voteUnknownColumn: (header: string) =>
    `cột ${q(header)} không phải mã thành viên trong ${sheet(SHEET.members)}: cột này bị bỏ qua. Hãy sửa tiêu đề cho đúng Mã thành viên`,
  voteUnknownRow: (code: string) => `không có cán bộ hay đơn vị ${q(code)}: dòng này bị bỏ qua. Hãy sửa mã cho đúng Mã CB hoặc Mã đơn vị`,
  voteUnknownAward: (code: string, phase: string) =>
    `không có khen thưởng ${q(code)} của đợt ${phase}: dòng này bị bỏ qua. Hãy sửa cho đúng một Mã khen thưởng của đợt ${phase}`,
  voteInvalid: (text: string) => `${q(text)} không hợp lệ: hãy ghi Đ (đồng ý), K (không đồng ý) hoặc để trống`,
  duplicateVote: (code: string, award: string, firstRow: number) =>
    `phiếu cho ${q(code)} – ${q(award)} đã có ở dòng ${firstRow}: dòng này bị bỏ qua. Hãy xóa dòng thừa`,

  engineFailed: (detail: string) => `lỗi khi tính kết quả: ${detail}. Hãy báo lỗi này cho người hỗ trợ kèm tệp dữ liệu`,
  fairnessFailed: (detail: string) =>
    `Không tính được thống kê chấm điểm của Hội đồng (${detail}); kết quả khen thưởng không bị ảnh hưởng. Hãy báo lỗi này cho người hỗ trợ kèm tệp dữ liệu.`,
};
