import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class DevTokenRequestDto {
  @ApiProperty({ example: 'lege.cgm', description: 'A demo user (GET /api/dev/users)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  username!: string;

  @ApiPropertyOptional({ description: 'A newcomer (`ny.<name>`): the name in the token' })
  @IsOptional()
  @MaxLength(200)
  @IsString()
  name?: string;

  @ApiPropertyOptional({ description: 'The HPR number claim, as HelseID sends it' })
  @IsOptional()
  @Matches(/^\d{4,9}$/, { message: 'hprNumber must be 4 to 9 digits' })
  hprNumber?: string;

  @ApiPropertyOptional({ description: 'The e-mail claim' })
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ description: "The organisation number claim of the client's organisation" })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'orgnr must be 9 digits' })
  orgnr?: string;
}
