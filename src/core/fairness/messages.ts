// Every Vietnamese sentence of the council's statistics, shared by the `Thống kê chấm` sheet and the sidebar panel.
// Written for a teacher, not a statistician: what happened, then what to do.
import type { Kind } from '../model';
import { formatNumberVi } from '../numbers';
import type { PhaseTally } from '../result';
import { codeKey } from '../codes';
import type { Agreement, AgreementReading } from './agreement';
import type { MemberStat } from './members';
import type { AwardChange } from './sensitivity';

const one = (x: number): string => formatNumberVi(Math.abs(x), 1);
const two = (x: number): string => formatNumberVi(x, 2);
const KIND_WORD: Record<Kind, string> = { staff: 'cá nhân', unit: 'tập thể' };

export const READING: Record<AgreementReading, string> = {
  high: 'thống nhất cao',
  fair: 'khá',
  low: 'thấp — nên trao đổi lại tiêu chí',
};

/** Names of participants for the sentences: kind and code → name (the code itself when unknown). */
export type NameOf = (kind: Kind, id: string) => string;

/** The names the tally knows. */
export function participantNames(tally: PhaseTally): NameOf {
  const names = new Map(tally.participants.map((p) => [`${p.kind}\u0000${codeKey(p.id)}`, p.name]));
  return (kind, id) => names.get(`${kind}\u0000${codeKey(id)}`) ?? id;
}

export const fairnessText = {
  who: (m: Pick<MemberStat, 'id' | 'name'>): string => (m.name && m.name !== m.id ? `${m.id} (${m.name})` : m.id),
  /** One sentence per flagged member; null when the member has no flag. */
  flag: (m: MemberStat): string | null => {
    const who = fairnessText.who(m);
    const part = `ở phần chấm ${KIND_WORD[m.kind]}`;
    if (m.flag === 'khác biệt' && m.rho !== null) {
      return `${who} xếp thứ tự khác hẳn các thành viên còn lại ${part} (hệ số tương quan ${two(m.rho)}): nên cùng xem lại cách hiểu từng tiêu chí trước khi chốt kết quả.`;
    }
    if ((m.flag === 'dễ' || m.flag === 'khắt khe') && m.deviation !== null && m.deviationSd !== null) {
      const side = m.flag === 'dễ' ? 'cao hơn' : 'thấp hơn';
      const whom = m.kind === 'staff' ? 'người' : 'tập thể';
      return `${who} chấm ${side} trung bình Hội đồng ${one(m.deviation)} điểm (${one(m.deviationSd)} độ lệch chuẩn) ${part}, so trên ${m.compared} ${whom} mà các thành viên khác cũng chấm. Nếu muốn mọi thành viên có trọng lượng như nhau, đặt “Chuẩn hóa điểm theo thành viên” = Có trong trang tính Cấu hình.`;
    }
    return null;
  },
  noFlags: 'Không thành viên nào chấm lệch hẳn so với Hội đồng.',
  agreement: (a: Agreement): string => {
    const basis =
      a.method === 'complete'
        ? `tính trên ${a.participants} ${KIND_WORD[a.kind] === 'cá nhân' ? 'người' : 'tập thể'} được cả ${a.members} thành viên chấm`
        : `tính theo từng cặp thành viên, vì có ít hơn 5 ${a.kind === 'staff' ? 'người' : 'tập thể'} được mọi thành viên chấm`;
    return `Mức thống nhất của Hội đồng khi chấm ${KIND_WORD[a.kind]}: W = ${two(a.w)}, ${READING[a.reading]} (${basis}).`;
  },
  noAgreement: (kind: Kind): string =>
    `Chưa tính được mức thống nhất khi chấm ${KIND_WORD[kind]}: cần ít nhất hai thành viên cùng chấm ba người trở lên.`,
  yearMean: (kind: Kind): string =>
    `Điểm ${KIND_WORD[kind]} của đợt cả năm là trung bình các đợt, không có phiếu chấm riêng: xem thống kê chấm của từng đợt.`,
  changeList: (changes: AwardChange[], nameOf: NameOf): string =>
    changes
      .flatMap((c) => [
        ...c.lost.map((id) => `${nameOf(c.kind, id)} không còn ${c.award}`),
        ...c.gained.map((id) => `${nameOf(c.kind, id)} được ${c.award}`),
      ])
      .join(', '),
  withoutMember: (memberId: string, changes: AwardChange[], nameOf: NameOf): string =>
    `Nếu không tính điểm của ${memberId}: ${fairnessText.changeList(changes, nameOf)}.`,
  noSensitivity:
    'Tin tốt: không quyết định khen thưởng nào phụ thuộc vào điểm của riêng một thành viên. Bỏ điểm của bất kỳ ai, danh sách khen thưởng vẫn như cũ.',
  normalisedOn: (changes: AwardChange[], nameOf: NameOf): string =>
    changes.length === 0
      ? 'Kết quả dùng điểm đã chuẩn hóa theo thành viên; nếu dùng điểm gốc, kết quả khen thưởng vẫn như vậy.'
      : `Kết quả dùng điểm đã chuẩn hóa theo thành viên. Nếu dùng điểm gốc: ${fairnessText.changeList(changes, nameOf)}.`,
  normalisedOff: (changes: AwardChange[], nameOf: NameOf): string =>
    changes.length === 0
      ? 'Để tham khảo: nếu chuẩn hóa điểm theo thành viên, kết quả khen thưởng vẫn như vậy.'
      : `Để tham khảo (kết quả vẫn dùng điểm gốc): nếu chuẩn hóa điểm theo thành viên, ${fairnessText.changeList(changes, nameOf)}.`,
  /** appended to the reasons of awards that use scores when the marks are normalised */
  normalisedNote: 'xét trên điểm đã chuẩn hóa theo thành viên',
};
