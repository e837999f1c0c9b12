// Issue 10 item 9: a sidebar call refused because the browser is signed in to several Google accounts must say so
// (private window, or sign out of the other accounts), never ask to "re-authorise".
import { describeFailure } from '../../src/ui/server';
import { failure } from '../../src/ui/messages';

describe('describeFailure with several signed-in Google accounts', () => {
  const symptoms = [
    'Authorization is required to perform that action.',
    'ScriptError: Authorization is required to perform that action.',
    'PERMISSION_DENIED',
    "ScriptError: We're sorry, a server error occurred. Please wait a bit and try again.",
  ];

  test.each(symptoms)('%s → private window or sign out of the other accounts', (raw) => {
    const text = describeFailure('runTally', new Error(raw));
    expect(text).toContain(failure.authorization);
    expect(text).toMatch(/cửa sổ ẩn danh/);
    expect(text).toMatch(/đăng xuất các tài khoản khác/);
    expect(text).not.toMatch(/cấp quyền|cho phép truy cập/);
  });

  test('a protected range refused to a signed-in editor is a permission message, not the accounts one', () => {
    const text = describeFailure('runTally', new Error('You are trying to edit a protected cell or object.'));
    expect(text).toContain(failure.permission);
    expect(text).not.toContain(failure.authorization);
  });
});
