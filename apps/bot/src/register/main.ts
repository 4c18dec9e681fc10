// `pnpm bot:register [--guild ID] [--dry-run]`: publish the slash commands to Discord.
import { parseArgs } from 'node:util';
import { REST } from 'discord.js';
import { RegisterEnv, readEnvOrReport } from '../runtime/env.js';
import { describeResult, RegisterError, registerCommands } from './register-commands.js';

const USAGE = 'usage: pnpm bot:register [--guild <server id>] [--dry-run] [--clear]';

async function main(argv: string[]): Promise<number> {
  let args: {
    guild?: string | undefined;
    'dry-run'?: boolean | undefined;
    clear?: boolean | undefined;
    help?: boolean | undefined;
  };
  try {
    args = parseArgs({
      args: argv,
      options: {
        guild: { type: 'string' },
        'dry-run': { type: 'boolean' },
        // An empty list: removes every command of that scope (a stale guild copy, say).
        clear: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.guild !== undefined && !/^\d{1,20}$/.test(args.guild)) {
    process.stderr.write(`--guild takes a numeric server id\n${USAGE}\n`);
    return 2;
  }
  // Loaded once the input is checked: the commands pull in the whole engine.
  const load = async () => (args.clear ? [] : (await import('../commands/index.js')).commands);
  if (args['dry-run']) {
    // What would be sent, without a token: handy to review localisations.
    process.stdout.write(
      `${JSON.stringify(
        (await load()).map((c) => c.data),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const env = readEnvOrReport(RegisterEnv, process.env, 'bot:register');
  if (!env) return 1;
  const commands = await load();
  const rest = new REST(env.DISCORD_API_URL === undefined ? {} : { api: env.DISCORD_API_URL }).setToken(
    env.DISCORD_TOKEN,
  );
  try {
    const result = await registerCommands({
      rest,
      applicationId: env.DISCORD_APPLICATION_ID,
      guildId: args.guild,
      commands,
    });
    process.stdout.write(`${describeResult(result, args.guild).join('\n')}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof RegisterError)) throw err;
    process.stderr.write(`kizuna bot:register: ${err.message.split(env.DISCORD_TOKEN).join('[redacted]')}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
