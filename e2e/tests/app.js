// Page object: the app's views and the controls tests use.
import { expect } from "@playwright/test";

export const VIEWS = [
  { path: "/", heading: "MS & Your Spine", facts: ["Topics", "What is MS?"] },
  {
    path: "/what-is-ms/",
    heading: "What is MS?",
    facts: ["2.8 million", "1 in 3,000", "nearly 1 million", "Relapsing-remitting", "myelin"],
  },
  {
    path: "/your-spine/",
    heading: "How MS affects your spine",
    facts: ["More than half", "small group", "2 in 3", "L1", "spinal muscular atrophy", "anywhere below it"],
  },
  {
    path: "/symptoms/",
    heading: "Spinal cord symptoms",
    facts: ["spasticity", "Lhermitte", "bladder", "bowel", "numbness", "Easing neck and back pain", "Extreme tiredness", "Low mood"],
  },
  {
    path: "/treatment/",
    heading: "Treatment and support",
    facts: ["no surgery can fix MS", "neurologist", "Counseling", "diet", "Treating a relapse", "plasma exchange"],
  },
  {
    path: "/diagnosis/",
    heading: "Diagnosis and prevention",
    facts: ["No single test", "McDonald criteria", "MRI", "cannot be prevented", "optic nerve", "never diagnosed from an MRI scan alone"],
  },
  {
    path: "/get-help/",
    heading: "When to get help",
    facts: ["Call 911 now if:", "24 hours", "14 days", "next appointment", "pseudo-relapse", "988"],
  },
  {
    path: "/outlook/",
    heading: "Living well with MS",
    facts: ["life span", "Myth or fact?"],
  },
  {
    path: "/about/",
    heading: "About this app",
    facts: ["Sources", "Last reviewed", "Next review", "does not diagnose"],
  },
];

// The same reading views in Spanish (es-US), at their own addresses.
export const VIEWS_ES = [
  { path: "/es/", heading: "La EM y su columna", facts: ["Temas", "¿Qué es la EM?"] },
  {
    path: "/es/que-es-la-em/",
    heading: "¿Qué es la EM?",
    facts: ["2.8 millones", "1 de cada 3,000", "mielina", "EM recurrente"],
  },
  {
    path: "/es/su-columna/",
    heading: "Cómo afecta la EM a su columna",
    facts: ["Más de la mitad", "2 de cada 3", "L1", "atrofia muscular espinal", "Explore la columna"],
  },
  {
    path: "/es/sintomas/",
    heading: "Síntomas en la médula espinal",
    facts: ["espasticidad", "Lhermitte", "vejiga", "Otros síntomas"],
  },
  {
    path: "/es/tratamiento/",
    heading: "Tratamiento y apoyo",
    facts: ["neurólogo", "plasma"],
  },
  {
    path: "/es/diagnostico/",
    heading: "Diagnóstico y prevención",
    facts: ["criterios de McDonald", "resonancia", "nervio óptico"],
  },
  {
    path: "/es/pedir-ayuda/",
    heading: "Cuándo pedir ayuda",
    facts: ["Llame al 911 ahora si:", "24 horas", "14 días", "recaída falsa", "988", "oprima 2"],
  },
  {
    path: "/es/el-futuro/",
    heading: "Vivir bien con EM",
    facts: ["esperanza de vida", "¿Mito o dato?"],
  },
  {
    path: "/es/acerca-de/",
    heading: "Acerca de esta aplicación",
    facts: ["Fuentes", "Última revisión", "29 de noviembre de 2026"],
  },
];

/** The app's name in a view's language, as page titles end. */
export function appName(path) {
  return path.startsWith("/es/") ? "La EM y su columna" : "MS & Your Spine";
}

export const DIARY_VIEWS = [
  { path: "/my-symptoms/", heading: "My symptoms", facts: ["Do you have any of these right now?"] },
  { path: "/diary/", heading: "Diary", facts: ["How well did you sleep?"] },
  { path: "/trends/", heading: "Trends", facts: ["30 days"] },
  { path: "/bladder/", heading: "Bladder diary", facts: ["I passed urine", "You cannot pee at all"] },
  { path: "/walk/", heading: "Timed walk", facts: ["25 feet (7.6 m)", "Start walk 1"] },
  { path: "/report/", heading: "Report", facts: ["Visit summary"] },
  { path: "/my-data/", heading: "My data", facts: ["Back up", "Delete everything"] },
];

// The diary's views in Spanish.
export const DIARY_VIEWS_ES = [
  { path: "/es/mis-sintomas/", heading: "Mis síntomas", facts: ["¿Le pasa alguna de estas cosas ahora mismo?"] },
  { path: "/es/diario/", heading: "Diario", facts: ["¿Qué tan bien durmió?"] },
  { path: "/es/tendencias/", heading: "Tendencias", facts: ["30 días"] },
  { path: "/es/vejiga/", heading: "Diario de vejiga", facts: ["Oriné", "No puede orinar, ni un poco"] },
  { path: "/es/caminata/", heading: "Caminata cronometrada", facts: ["25 pies (7.6 m)", "Empezar caminata 1"] },
  { path: "/es/informe/", heading: "Informe", facts: ["Resumen para la consulta"] },
  { path: "/es/mis-datos/", heading: "Mis datos", facts: ["Copia de seguridad", "Borrar todo"] },
];

/** Every write to localStorage is refused, as with storage turned off. */
export async function refuseStorageWrites(page) {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("refused", "SecurityError");
    };
  });
}

export class App {
  constructor(page) {
    this.page = page;
    this.main = page.locator("main");
    this.heading = page.locator("main h1");
    // The tab bar, in either language ("Main", "Principal").
    this.tabs = page.locator("nav.bottom-nav");
  }

  /**
   * Opens a view by its URL and waits until its islands are hydrated
   * (and, on a diary view, the diary has been read from storage).
   */
  async open(path) {
    const response = await this.page.goto(path);
    await this.ready();
    return response;
  }

  /** Waits for the page's code to take over the pre-rendered markup. */
  async ready() {
    await expect(this.heading).toBeVisible();
    await expect(this.page.locator("html[data-hydrated]")).toHaveCount(1);
    await expect(this.page.getByTestId("diary-opening")).toHaveCount(0);
  }

  /**
   * What sticks out past the right edge (empty when the page does not
   * scroll sideways), described for the failure report.
   */
  async sidewaysOverflow() {
    return this.page.evaluate(() => {
      // The document, and the page's own box (it scrolls on tall screens).
      for (const root of [
        document.scrollingElement,
        document.querySelector(".page-scroll"),
      ]) {
        if (root.scrollWidth <= root.clientWidth) continue;
        const wide = [...document.querySelectorAll("body *")]
          .filter((el) => el.getBoundingClientRect().right > root.clientWidth)
          .filter((el) => el.children.length === 0)
          .map((el) => `${el.tagName} "${el.textContent.trim().slice(0, 30)}"`);
        return [`page ${root.scrollWidth}px wide`, ...wide.slice(0, 5)];
      }
      return [];
    });
  }

  /**
   * How far the page is scrolled: on a tall screen its own box scrolls
   * (above the tab bar), on a short one the document.
   */
  async scrollPlace() {
    return this.page.evaluate(
      () => scrollY + document.querySelector(".page-scroll").scrollTop,
    );
  }

  /** Scrolls the page to a place (its box, or the document). */
  async scrollTo(y) {
    await this.page.evaluate((to) => {
      document.querySelector(".page-scroll").scrollTop = to;
      window.scrollTo(0, to);
    }, y);
  }

  /** Visible controls smaller than 44x44 CSS px, described for a report. */
  async smallControls() {
    return this.page.evaluate(() => {
      const small = [];
      for (const el of document.querySelectorAll(
        "a[href], button, summary, input, select, textarea",
      )) {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (style.visibility === "hidden" || box.width === 0) continue;
        if (box.bottom < 0 || box.right < 0) continue; // off-screen skip link
        // A link inside a sentence is exempt (WCAG 2.5.8, "inline").
        const inline = style.display === "inline" && el.closest("p, li");
        if (el.tagName === "A" && inline) continue;
        if (box.width < 44 || box.height < 44) {
          small.push(
            `${el.tagName} "${el.textContent.trim().slice(0, 30)}" ` +
              `${Math.round(box.width)}x${Math.round(box.height)}`,
          );
        }
      }
      return small;
    });
  }
}
