// Vietnamese texts of the council warnings (src/core/council-warnings.ts): what a careful chair would raise before
// the documents go out, each saying what to do next.
import { formatNumberVi } from './numbers';

const n = (x: number, decimals = 1): string => formatNumberVi(x, decimals);
const kindWord = (unit: boolean): string => (unit ? 'phiếu chấm tập thể' : 'phiếu chấm cá nhân');

export const councilWarning = {
  evenCouncil: (count: number): string =>
    `Hội đồng có ${count} thành viên (số chẵn); Điều lệ trường quy định số lẻ. Hãy bổ sung hoặc bớt một thành viên ở trang tính “Hội đồng”`,
  excellentAboveCap: (excellent: number, base: number, share: number, cap: number): string =>
    `${excellent}/${base} viên chức xếp loại HTXSNV (${n(share)}% số người HTTNV trở lên), vượt tỷ lệ tối đa ${n(cap, 2)}%. Hãy rà soát cột “Xếp loại viên chức” hoặc sửa “Tỷ lệ HTXSNV tối đa (%)” ở trang tính “Cấu hình”`,
  memberScoredNobody: (member: string, phase: string, unit: boolean, sheet: string): string =>
    `Thành viên ${member} chưa chấm điểm ai trong ${kindWord(unit)} đợt ${phase} (trang tính “${sheet}” còn trống). Hãy nhắc thành viên chấm trước khi xét, hoặc ghi rõ lý do trong biên bản họp`,
  memberWithoutCard: (member: string, phase: string, unit: boolean, sheet: string): string =>
    `Thành viên ${member} không có ${kindWord(unit)} đợt ${phase} (không thấy trang tính “${sheet}”) trong khi các thành viên khác đã có: điểm đang tính trên ít thành viên hơn. Hãy khôi phục hoặc tạo lại trang tính đó (lệnh “Tạo phiếu chấm cho một đợt…”) cho thành viên chấm, hoặc ghi rõ lý do trong biên bản họp`,
  criterionScoredByNobody: (criterion: string, phase: string): string =>
    `Tiêu chí ${criterion} chưa được ai chấm trong đợt ${phase}. Hãy kiểm tra cột ${criterion} trên các phiếu chấm, hoặc sửa cột “Đợt áp dụng” ở trang tính “Tiêu chí”`,
  fewMarkers: (who: string, phase: string, markers: number, members: number): string =>
    `${who} chỉ được ${markers}/${members} thành viên Hội đồng chấm trong đợt ${phase} (dưới một nửa). Hãy nhắc các thành viên còn lại chấm trước khi xét`,
  voteWithoutRegistration: (who: string, award: string): string =>
    `${who} có trong phiếu bầu ${award} nhưng không đăng ký ${award} ở trang tính “Đăng ký”. Hãy bổ sung đăng ký, hoặc bỏ dòng phiếu này`,
  absentMemberVoted: (member: string, sheet: string, votes: number): string =>
    `Thành viên ${member} vắng mặt ở cuộc họp (cột “Có mặt” = Không ở trang tính “Hội đồng”) nhưng có ${votes} phiếu ở cột này của trang tính “${sheet}”: người vắng mặt không bỏ phiếu kín tại cuộc họp được. Hãy xóa các phiếu trong cột này, hoặc ghi “Có” ở cột “Có mặt” nếu thành viên đã dự họp`,
  registrationNotInCatalog: (code: string): string =>
    `Mã ${code} đã đăng ký nhưng không có trong trang tính “Danh mục”. Hãy thêm ${code} vào “Danh mục” hoặc sửa mã đăng ký`,
  initiativeTwice: (initiative: string, first: string, second: string): string =>
    `Sáng kiến “${initiative}” được dùng cho danh hiệu CSTĐCS của cả ${first} và ${second}; mỗi thành tích chỉ đề nghị một lần (CV 5007/BNV-TĐKT/2023). Hãy giữ sáng kiến này cho một người`,
};
