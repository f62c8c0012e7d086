import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type LaunchedBrowser } from './browser';

describe('the browser test harness', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('serves index.html to real Chromium', async () => {
    const page = await browser.context.newPage();
    await page.goto(inject('baseURL'));
    expect(await page.title()).toMatch(/knowledge graph/i);
  });
});
