import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedSmtp {
  port: number;
  url: string;
  messages: ParsedMail[];
  /** 'accept' delivers; 'reject' answers every message with a temporary 451 refusal. */
  mode: 'accept' | 'reject';
  close(): Promise<void>;
}

/**
 * A real SMTP server on a random local port that keeps what it receives, parsed. No STARTTLS (its
 * self-signed certificate would be refused) and any login is accepted.
 */
export async function startSmtp({ port = 0, password }: { port?: number; password?: string } = {}): Promise<CapturedSmtp> {
  const captured: CapturedSmtp = { port: 0, url: '', messages: [], mode: 'accept', close: async () => {} };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: !password,
    logger: false,
    onAuth(auth, _session, callback) {
      if (password && auth.password !== password) return callback(new Error('Sai mật khẩu'));
      callback(null, { user: auth.username });
    },
    onData(stream, _session, callback) {
      if (captured.mode === 'reject') {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Hộp thư tạm thời không nhận'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          captured.messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  captured.port = (server.server.address() as AddressInfo).port;
  captured.url = password ? `smtp://gs:${encodeURIComponent(password)}@127.0.0.1:${captured.port}` : `smtp://127.0.0.1:${captured.port}`;
  captured.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return captured;
}
