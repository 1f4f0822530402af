import { describe, expect, it } from 'vitest';
import type { FileStorage } from '@/lib/domain/file-storage';
import { getMetrics } from '@/lib/ops/metrics';
import { storeDocument, storeProcessedPhoto } from '@/lib/uploads/save';

function storage({ failing = false } = {}): FileStorage {
  const files = new Map<string, Uint8Array>();
  return {
    put: async (key, bytes) => {
      if (failing) throw new Error('disk full');
      files.set(key, bytes);
    },
    get: async (key) => (files.has(key) ? Buffer.from(files.get(key)!) : null),
    remove: async (key) => void files.delete(key),
  };
}

async function uploads(kind: 'photo' | 'pdf'): Promise<{ count: number; sum: number }> {
  const { values } = await getMetrics().uploadBytes.get();
  const of = (name: string) => values.find((v) => v.metricName === name && v.labels.kind === kind)?.value ?? 0;
  return { count: of('gs_upload_stored_bytes_count'), sum: of('gs_upload_stored_bytes_sum') };
}

describe('upload sizes in /metrics', () => {
  it('observes each stored file by kind (a photo: both sizes), and nothing for a failed write', async () => {
    const photoBefore = await uploads('photo');
    const pdfBefore = await uploads('pdf');
    await storeProcessedPhoto(storage(), { large: new Uint8Array(300_000), thumb: new Uint8Array(20_000) });
    await storeDocument(storage(), new Uint8Array(1_500_000));
    await expect(storeDocument(storage({ failing: true }), new Uint8Array(9))).rejects.toThrow('disk full');
    expect(await uploads('photo')).toEqual({ count: photoBefore.count + 1, sum: photoBefore.sum + 320_000 });
    expect(await uploads('pdf')).toEqual({ count: pdfBefore.count + 1, sum: pdfBefore.sum + 1_500_000 });
  });
});
